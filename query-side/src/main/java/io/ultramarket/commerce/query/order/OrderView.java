package io.ultramarket.commerce.query.order;

import io.ultramarket.commerce.query.columns.LineItem;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.order.OrderStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the read model holds it, with every status it went through, oldest first. {@code subtotal},
 * {@code discountTotal}, {@code shippingFee} and {@code taxTotal} are its breakdown as placed, in the currency of
 * {@code total} (ADR 0076); absent while the read model answers from a generation made before them (its rebuild runs).
 */
public record OrderView(UUID orderId, UUID customerId, UUID cartId, OrderStatus status, List<LineItem> lines,
                        Money total, Money subtotal, Money discountTotal, Money shippingFee, Money taxTotal,
                        Address shippingAddress, String shippingOption, String carrier,
                        String trackingNumber, Instant placedAt, Instant updatedAt, long version,
                        List<OrderStep> timeline) {

    public OrderView {
        timeline = List.copyOf(timeline);
    }

    OrderView withTimeline(List<OrderStep> steps) {
        return new OrderView(orderId, customerId, cartId, status, lines, total, subtotal, discountTotal, shippingFee,
                taxTotal, shippingAddress, shippingOption, carrier, trackingNumber, placedAt, updatedAt, version, steps);
    }
}
