package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.CHECKOUT;

/**
 * Turn the cart into an order: the caller chooses the new order's id so that a retried checkout names the
 * same order. {@code prices} are the shop's current prices for the cart's SKUs, resolved by the sender at
 * checkout: the order is priced with them, whatever the prices were when the lines were added. A SKU with
 * no quote is no longer for sale. A cart checks out once, and only with everything the order needs: its id,
 * a shipping address and option, and a payment method.
 */
public record CheckOutCart(@TargetAggregateIdentifier UUID cartId, UUID orderId, Address shippingAddress,
                           String shippingOption, PaymentMethod paymentMethod, List<PriceQuote> prices) {

    public CheckOutCart {
        prices = prices == null ? List.of() : List.copyOf(prices);
        new RequiredDetails(CHECKOUT, "check out cart", cartId)
                .present(orderId, "the id of the order to create")
                .present(shippingAddress, "a shipping address")
                .text(shippingOption, "a shipping option")
                .present(paymentMethod, "a payment method");
    }
}
