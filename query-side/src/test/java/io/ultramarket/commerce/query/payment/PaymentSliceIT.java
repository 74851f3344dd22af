package io.ultramarket.commerce.query.payment;

import io.ultramarket.commerce.projections.payment.PaymentViewSchema;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The payments read model, from the payments' events to what {@link Payments} reads for an order. */
@ExtendWith(ReadModelSlices.class)
class PaymentSliceIT {

    private static final PaymentMethod CARD = new PaymentMethod("card", "pm_card_visa");

    @Test
    void anOrdersPaymentsShowTheirAmountsOldestRequestFirst(ReadModelDatabase database) {
        UUID orderId = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID paid = UUID.randomUUID();
        Money total = Money.of("19.80", "EUR");
        ReadModelSlice payments = database.slice(PaymentViewSchema.class, Payments.class)
                .apply(declined, new PaymentRequested(declined, orderId, total, CARD),
                        new PaymentDeclined(declined, orderId, "insufficient funds"))
                .apply(paid, new PaymentRequested(paid, orderId, total, CARD),
                        new PaymentAuthorized(paid, orderId, "ch_1", total),
                        new PaymentCaptured(paid, orderId, total),
                        new PaymentRefunded(paid, orderId, UUID.randomUUID(), Money.of("5.00", "EUR"),
                                Money.of("5.00", "EUR"), "chipped mug"));

        assertThat(payments.reader(Payments.class).ofOrder(orderId).collectList().block()).containsExactly(
                new PaymentView(declined, orderId, PaymentStatus.DECLINED, total, null, null, null, null, 1, at(0), at(1)),
                new PaymentView(paid, orderId, PaymentStatus.PARTIALLY_REFUNDED, total, total, total,
                        Money.of("5.00", "EUR"), "ch_1", 3, at(2), at(5)));
    }

    /** The refund event carries the running total: the whole amount back is a refunded payment. */
    @Test
    void aPaymentRefundedInFullIsRefunded(ReadModelDatabase database) {
        UUID orderId = UUID.randomUUID();
        UUID paymentId = UUID.randomUUID();
        Money total = Money.of("19.80", "EUR");
        ReadModelSlice payments = database.slice(PaymentViewSchema.class, Payments.class)
                .apply(paymentId, new PaymentRequested(paymentId, orderId, total, CARD),
                        new PaymentAuthorized(paymentId, orderId, "ch_2", total),
                        new PaymentCaptured(paymentId, orderId, total),
                        new PaymentRefunded(paymentId, orderId, UUID.randomUUID(), Money.of("5.00", "EUR"),
                                Money.of("5.00", "EUR"), "chipped"),
                        new PaymentRefunded(paymentId, orderId, UUID.randomUUID(), Money.of("14.80", "EUR"), total, "returned"));

        PaymentView payment = payments.reader(Payments.class).ofOrder(orderId).single().block();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refunded()).isEqualTo(total);
        assertThat(payment.version()).isEqualTo(4);
    }
}
