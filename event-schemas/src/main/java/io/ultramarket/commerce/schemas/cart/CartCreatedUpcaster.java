package io.ultramarket.commerce.schemas.cart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.common.RevisionUpcaster;

/** Reads {@link CartCreated} revision 1 as revision 2: before guest carts, every cart was a customer's. */
public final class CartCreatedUpcaster extends RevisionUpcaster {

    public CartCreatedUpcaster() {
        super(CartCreated.class, "1", "2");
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        payload.put("guest", false);
    }
}
