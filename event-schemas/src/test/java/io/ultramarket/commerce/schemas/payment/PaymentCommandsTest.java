package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.CommandRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment commands refuse, as they are built, a step without what the payment's audit trail needs. A
 * zero amount is not refused here: zero is an amount (a free order totals zero), and whether a step may move
 * nothing is the payment's rule (ZeroPaymentAmount).
 */
class PaymentCommandsTest {

    private static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID REFUND = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");
    private static final Money HUNDRED = Money.of("100.00", "EUR");

    private static void assertPaymentDetailsRequired(ThrowingCallable building, String detail) {
        assertRefused(building, "payment-details-required", "Payment details required", detail);
    }

    @Test
    void aRequestNamesTheOrderItsMethodAndItsAmount() {
        assertPaymentDetailsRequired(() -> new RequestPayment(PAYMENT, null, HUNDRED, CARD),
                "To request payment " + PAYMENT + ", give the order it pays for.");
        assertPaymentDetailsRequired(() -> new RequestPayment(PAYMENT, ORDER, HUNDRED, null),
                "To request payment " + PAYMENT + ", give a payment method.");
        assertPaymentDetailsRequired(() -> new RequestPayment(PAYMENT, ORDER, null, CARD),
                "To request payment " + PAYMENT + ", give an amount.");
        assertThat(new RequestPayment(PAYMENT, ORDER, Money.of("0.00", "EUR"), CARD).amount().isZero()).isTrue();
    }

    @Test
    void anAuthorizationNeedsTheProvidersReferenceAndAnAmount() {
        assertPaymentDetailsRequired(() -> new AuthorizePayment(PAYMENT, " ", HUNDRED),
                "To authorize payment " + PAYMENT + ", give the provider's authorization reference.");
        assertPaymentDetailsRequired(() -> new AuthorizePayment(PAYMENT, "pi_1", null),
                "To authorize payment " + PAYMENT + ", give an amount.");
    }

    @Test
    void aCaptureNeedsAnAmount() {
        assertPaymentDetailsRequired(() -> new CapturePayment(PAYMENT, null),
                "To capture payment " + PAYMENT + ", give an amount.");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void declinesVoidsAndAbandonmentsSayWhy(String reason) {
        assertPaymentDetailsRequired(() -> new DeclinePayment(PAYMENT, reason),
                "To decline payment " + PAYMENT + ", give the provider's reason.");
        assertPaymentDetailsRequired(() -> new VoidPayment(PAYMENT, reason),
                "To void payment " + PAYMENT + ", give the reason for releasing the authorization.");
        assertPaymentDetailsRequired(() -> new AbandonPayment(PAYMENT, reason),
                "To abandon payment " + PAYMENT + ", give the reason for giving it up.");
    }

    /** The id is what keeps a retried refund from being paid out twice, asked of the provider or confirmed by it. */
    @Test
    void aRefundNeedsItsIdAReasonAndAnAmount() {
        for (RefundOf refund : new RefundOf[] {RequestRefund::new, RefundPayment::new}) {
            assertPaymentDetailsRequired(() -> refund.of(PAYMENT, null, HUNDRED, "scratched mug"),
                    "To refund payment " + PAYMENT + ", give an id for the refund.");
            assertPaymentDetailsRequired(() -> refund.of(PAYMENT, REFUND, HUNDRED, ""),
                    "To refund payment " + PAYMENT + ", give the reason for the refund.");
            assertPaymentDetailsRequired(() -> refund.of(PAYMENT, REFUND, null, "scratched mug"),
                    "To refund payment " + PAYMENT + ", give an amount.");
        }
    }

    @FunctionalInterface
    private interface RefundOf {
        Object of(UUID paymentId, UUID refundId, Money amount, String reason);
    }
}
