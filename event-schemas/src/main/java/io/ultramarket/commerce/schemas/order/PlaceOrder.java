package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Place the order a checked-out cart became. Placing the same order id twice is rejected. */
public record PlaceOrder(@TargetAggregateIdentifier UUID orderId, UUID cartId, UUID customerId,
                         List<OrderLine> lines, Address shippingAddress, String shippingOption,
                         PaymentMethod paymentMethod) {

    public PlaceOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
