package io.ultramarket.commerce.payment;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.eventstore.EventStorePositions;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.payment.AuthorizePayment;
import io.ultramarket.commerce.schemas.payment.CapturePayment;
import io.ultramarket.commerce.schemas.payment.DeclinePayment;
import io.ultramarket.commerce.schemas.payment.RefundPayment;
import io.ultramarket.commerce.schemas.payment.RequestPayment;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The payments read model through {@code GET /orders/{id}/payments}. Payments have no HTTP commands yet:
 * they are sent as the checkout saga and the provider's webhook will send them.
 */
@ApiIntegrationTest
class OrderPaymentsIT {

    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStorePositions positions;

    @Test
    void anOrdersPaymentsShowWhatWasAuthorizedCapturedAndRefunded() {
        var shop = new Shop(http);
        // Payments recorded by hand, for an order no checkout saga pays (CheckoutIT covers the saga's own).
        UUID orderId = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        commands.sendAndWait(new RequestPayment(declined, orderId, Money.of("38.80", "EUR"), CARD));
        commands.sendAndWait(new DeclinePayment(declined, "insufficient funds"));
        UUID paid = UUID.randomUUID();
        commands.sendAndWait(new RequestPayment(paid, orderId, Money.of("38.80", "EUR"), CARD));
        commands.sendAndWait(new AuthorizePayment(paid, "psp-auth-4711", Money.of("38.80", "EUR")));
        commands.sendAndWait(new CapturePayment(paid, Money.of("38.80", "EUR")));
        commands.sendAndWait(new RefundPayment(paid, UUID.randomUUID(), Money.of("10.00", "EUR"), "one mug broken"));

        shop.read("/orders/" + orderId + "/payments", newestPositionOf(declined, paid))
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[*].paymentId").isEqualTo(List.of(declined.toString(), paid.toString()))
                .jsonPath("$[0].status").isEqualTo("DECLINED")
                .jsonPath("$[0].amount.amount").isEqualTo("38.80")
                .jsonPath("$[0].authorized").doesNotExist()
                .jsonPath("$[1].orderId").isEqualTo(orderId.toString())
                .jsonPath("$[1].status").isEqualTo("PARTIALLY_REFUNDED")
                .jsonPath("$[1].amount.amount").isEqualTo("38.80")
                .jsonPath("$[1].amount.currency").isEqualTo("EUR")
                .jsonPath("$[1].authorized.amount").isEqualTo("38.80")
                .jsonPath("$[1].captured.amount").isEqualTo("38.80")
                .jsonPath("$[1].refunded.amount").isEqualTo("10.00")
                .jsonPath("$[1].refunded.currency").isEqualTo("EUR")
                .jsonPath("$[1].providerReference").isEqualTo("psp-auth-4711")
                .jsonPath("$[1].version").isEqualTo(3);

        commands.sendAndWait(new RefundPayment(paid, UUID.randomUUID(), Money.of("28.80", "EUR"), "order returned"));
        shop.read("/orders/" + orderId + "/payments", newestPositionOf(paid))
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$[1].status").isEqualTo("REFUNDED")
                .jsonPath("$[1].refunded.amount").isEqualTo("38.80");
    }

    @Test
    void anOrderWithoutPaymentsHasNone() {
        http.get().uri("/orders/" + UUID.randomUUID() + "/payments").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    private String newestPositionOf(UUID... aggregates) {
        return Long.toString(Arrays.stream(aggregates)
                .mapToLong(id -> positions.latestOf(id.toString()).orElseThrow()).max().orElseThrow());
    }
}
