package io.ultramarket.commerce.query.live;

import io.ultramarket.commerce.schemas.order.OrderEvent;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OrderStatusChangeTest {

    @Test
    void everyOrderEventTellsTheStatusItLeavesTheOrderIn() {
        assertThat(OrderStatusChange.STATUS_AFTER.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(OrderEvent.class.getPermittedSubclasses()).map(Class::getName).toList());
    }

    @Test
    void aShippedEventIsReportedWithTheOrderItBelongsToAndItsPosition() {
        UUID orderId = UUID.randomUUID();
        var shipped = new LiveEvent(42, "Order", orderId.toString(), OrderShipped.class.getName(),
                Instant.parse("2025-06-01T12:00:00Z"), "{\"carrier\":\"DHL\"}");

        assertThat(OrderStatusChange.of(shipped)).isEqualTo(new OrderStatusChange(orderId, 42, "OrderShipped",
                OrderStatus.SHIPPED, Instant.parse("2025-06-01T12:00:00Z"), "{\"carrier\":\"DHL\"}"));
    }
}
