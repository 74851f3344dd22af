package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Turn the cart into an order: the caller chooses the new order's id so that a retried checkout names the
 * same order. A cart checks out once.
 */
public record CheckOutCart(@TargetAggregateIdentifier UUID cartId, UUID orderId, Address shippingAddress,
                           String shippingOption, PaymentMethod paymentMethod) {
}
