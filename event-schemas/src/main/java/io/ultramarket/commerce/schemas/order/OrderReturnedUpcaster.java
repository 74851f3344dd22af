package io.ultramarket.commerce.schemas.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads {@link OrderReturned} revision 1 ({@code orderId, reason}) as revision 2. Revision 1 knew only
 * whole-order returns, so the upcast return is complete, lists no lines and states no refund (the refund of
 * that time was recorded on the payment); its id is derived from the order, so every read gives the same one.
 */
public final class OrderReturnedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(OrderReturned.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(OrderReturned.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, OrderReturnedUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode payload = ((ObjectNode) revision1).deepCopy();
        String orderId = payload.path("orderId").asText();
        payload.put("returnId", UUID.nameUUIDFromBytes(("whole-order-return:" + orderId)
                .getBytes(StandardCharsets.UTF_8)).toString());
        payload.putArray("lines");
        payload.put("complete", true);
        return payload;
    }
}
