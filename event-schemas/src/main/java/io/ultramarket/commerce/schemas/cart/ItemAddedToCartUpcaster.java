package io.ultramarket.commerce.schemas.cart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.common.RevisionUpcaster;

/**
 * Reads {@link ItemAddedToCart} revision 1 as revision 2. Revision 1's unit price was sent by the client
 * (ADR 0009), so the upcast event names the price list {@value ItemAddedToCart#CLIENT_PRICES}: the history
 * keeps saying where the price came from.
 */
public final class ItemAddedToCartUpcaster extends RevisionUpcaster {

    public ItemAddedToCartUpcaster() {
        super(ItemAddedToCart.class, "1", "2");
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        payload.put("priceList", ItemAddedToCart.CLIENT_PRICES);
    }
}
