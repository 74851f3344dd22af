package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Turn the cart into an order: the caller chooses the new order's id so that a retried checkout names the
 * same order. {@code prices} are the shop's current prices for the cart's SKUs, resolved by the sender at
 * checkout: the order is priced with them, whatever the prices were when the lines were added. A SKU with
 * no quote is no longer for sale. A cart checks out once.
 */
public record CheckOutCart(@TargetAggregateIdentifier UUID cartId, UUID orderId, Address shippingAddress,
                           String shippingOption, PaymentMethod paymentMethod, List<PriceQuote> prices) {

    public CheckOutCart {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
