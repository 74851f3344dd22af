package io.ultramarket.commerce.schemas.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.common.RevisionUpcaster;

/**
 * Reads {@link CartCheckedOut} revision 1 as revision 2. Revision 1 priced the order with the lines' prices
 * of when they were added, so each line gets a quote of its own unit price from the price list
 * {@value CartCheckedOut#CART_PRICES}.
 */
public final class CartCheckedOutUpcaster extends RevisionUpcaster {

    public CartCheckedOutUpcaster() {
        super(CartCheckedOut.class, "1", "2");
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        ArrayNode prices = payload.putArray("prices");
        for (JsonNode line : payload.path("lines")) {
            ObjectNode quote = prices.addObject();
            quote.set("sku", line.path("sku"));
            quote.set("unitPrice", line.path("unitPrice"));
            quote.put("priceList", CartCheckedOut.CART_PRICES);
        }
    }
}
