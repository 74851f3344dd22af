package io.ultramarket.commerce.schemas.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@link PaymentVoided} revision 1 ({@code paymentId, orderId, reason}) as revision 2. Revision 1 did
 * not name the released hold; the provider's reference stays unknown (null), which revision 2 allows.
 */
public final class PaymentVoidedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(PaymentVoided.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(PaymentVoided.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, PaymentVoidedUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode payload = ((ObjectNode) revision1).deepCopy();
        payload.putNull("providerReference");
        return payload;
    }
}
