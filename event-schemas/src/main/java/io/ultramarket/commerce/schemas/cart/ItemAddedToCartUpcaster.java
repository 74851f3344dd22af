package io.ultramarket.commerce.schemas.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@link ItemAddedToCart} revision 1 as revision 2. Revision 1's unit price was sent by the client
 * (ADR 0009), so the upcast event names the price list {@value ItemAddedToCart#CLIENT_PRICES}: the history
 * keeps saying where the price came from.
 */
public final class ItemAddedToCartUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ItemAddedToCart.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ItemAddedToCart.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, ItemAddedToCartUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode payload = ((ObjectNode) revision1).deepCopy();
        payload.put("priceList", ItemAddedToCart.CLIENT_PRICES);
        return payload;
    }
}
