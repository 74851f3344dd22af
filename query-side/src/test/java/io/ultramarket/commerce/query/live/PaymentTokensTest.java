package io.ultramarket.commerce.query.live;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTokensTest {

    @Test
    void anOrderStreamShowsThePaymentMethodsTypeButNeverItsToken() {
        UUID orderId = UUID.randomUUID();
        String placed = "{\"orderId\":\"" + orderId + "\",\"paymentMethod\":{\"type\":\"card\",\"token\":\"tok_visa_secret\"}}";

        OrderStatusChange change = OrderStatusChange.of(new LiveEvent(7, "Order", orderId.toString(),
                "io.ultramarket.commerce.schemas.order.OrderPlaced", Instant.EPOCH, placed));

        assertThat(change.payload()).doesNotContain("tok_visa_secret").contains("\"type\":\"card\"");
    }

    @Test
    void anEventWithoutAPaymentMethodPassesAsStored() {
        String confirmed = "{\"orderId\":\"" + UUID.randomUUID() + "\"}";

        assertThat(PaymentTokens.removedFrom(confirmed)).isSameAs(confirmed);
    }
}
