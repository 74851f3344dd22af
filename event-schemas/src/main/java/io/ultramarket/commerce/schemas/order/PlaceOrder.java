package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.InvalidCommand;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.ORDER;

/**
 * Place the order a checked-out cart became. Placing an order id that is already placed changes nothing (a
 * checkout may be delivered again after a retry or a replay), so the first placement stands. An order needs at
 * least one line (nothing to reserve, charge or ship otherwise), a shipping address and option, and a payment
 * method. {@code totals} is the checkout's breakdown; an order placed without one (by hand, or from a checkout of
 * before ADR 0065) costs its lines, untaxed, with no shipping fee.
 */
public record PlaceOrder(@TargetAggregateIdentifier UUID orderId, UUID cartId, UUID customerId,
                         List<OrderLine> lines, Address shippingAddress, String shippingOption,
                         PaymentMethod paymentMethod, Totals totals) {

    public PlaceOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidCommand("empty-order-cannot-be-placed",
                    "Order " + orderId + " has no lines; an order needs at least one item.");
        }
        new RequiredDetails(ORDER, "place order", orderId)
                .present(shippingAddress, "a shipping address")
                .text(shippingOption, "a shipping option")
                .present(paymentMethod, "a payment method");
        new RequiredDetails(ORDER, "place order", orderId).holds(totals == null || totals.isOf(lines), "totals of these lines");
    }
}
