package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.command.IllegalStateTransition;
import io.ultramarket.commerce.schemas.order.OrderStatus;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The order's current status does not lead to the requested one. */
public class IllegalOrderTransition extends IllegalStateTransition {

    public IllegalOrderTransition(UUID orderId, OrderStatus from, OrderStatus to, Set<OrderStatus> allowed) {
        this(orderId, from, to, allowed.isEmpty()
                ? from + " is final."
                : "from " + from + " it can only become " + allowed.stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(" or ")) + ".");
    }

    public IllegalOrderTransition(UUID orderId, OrderStatus from, OrderStatus to, String explanation) {
        super("Order " + orderId + " cannot go from " + from + " to " + to + ": " + explanation);
    }
}
