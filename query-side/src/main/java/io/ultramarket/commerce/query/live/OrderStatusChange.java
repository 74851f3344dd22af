package io.ultramarket.commerce.query.live;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderReviewApproved;
import io.ultramarket.commerce.schemas.order.OrderReviewRequested;
import io.ultramarket.commerce.schemas.order.OrderShipmentRequested;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.OrderStatus;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What an order stream tells about one order event: which order, where it stands in the store, what
 * happened, the order's status after it, when, and the event itself as stored, less any payment token.
 *
 * @param type    the event type's simple name, such as {@code OrderShipped}
 * @param status  the order's status after this event; absent for an event that does not change it
 * @param payload the event's JSON, written as it is (not re-encoded as a string)
 */
public record OrderStatusChange(UUID orderId, long position, String type, OrderStatus status, Instant occurredAt,
                                @JsonRawValue String payload) {

    /** Every order event moves the order to one status; the contract test keeps this map complete. */
    static final Map<String, OrderStatus> STATUS_AFTER = Map.of(
            OrderPlaced.class.getName(), OrderStatus.PLACED,
            OrderConfirmed.class.getName(), OrderStatus.CONFIRMED,
            OrderShipped.class.getName(), OrderStatus.SHIPPED,
            OrderDelivered.class.getName(), OrderStatus.DELIVERED,
            OrderCancelled.class.getName(), OrderStatus.CANCELLED,
            OrderReturned.class.getName(), OrderStatus.RETURNED,
            OrderReviewRequested.class.getName(), OrderStatus.IN_REVIEW,
            OrderReviewApproved.class.getName(), OrderStatus.PLACED,
            OrderRejected.class.getName(), OrderStatus.REJECTED,
            OrderShipmentRequested.class.getName(), OrderStatus.CONFIRMED);

    public static OrderStatusChange of(LiveEvent event) {
        return new OrderStatusChange(UUID.fromString(event.aggregateIdentifier()), event.position(), event.typeName(),
                statusAfter(event), event.occurredAt(), PaymentTokens.removedFrom(event.payload()));
    }

    /** A partial return leaves the order DELIVERED: only the return that brings back the last unit ends it. */
    private static OrderStatus statusAfter(LiveEvent event) {
        if (event.payloadType().equals(OrderReturned.class.getName()) && event.payload().contains("\"complete\":false")) {
            return OrderStatus.DELIVERED;
        }
        return STATUS_AFTER.get(event.payloadType());
    }
}
