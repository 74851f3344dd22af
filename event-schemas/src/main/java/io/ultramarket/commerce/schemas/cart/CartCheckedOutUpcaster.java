package io.ultramarket.commerce.schemas.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@link CartCheckedOut} revision 1 as revision 2. Revision 1 priced the order with the lines' prices
 * of when they were added, so each line gets a quote of its own unit price from the price list
 * {@value CartCheckedOut#CART_PRICES}.
 */
public final class CartCheckedOutUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(CartCheckedOut.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(CartCheckedOut.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, CartCheckedOutUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode payload = ((ObjectNode) revision1).deepCopy();
        ArrayNode prices = payload.putArray("prices");
        for (JsonNode line : payload.path("lines")) {
            ObjectNode quote = prices.addObject();
            quote.set("sku", line.path("sku"));
            quote.set("unitPrice", line.path("unitPrice"));
            quote.put("priceList", CartCheckedOut.CART_PRICES);
        }
        return payload;
    }
}
