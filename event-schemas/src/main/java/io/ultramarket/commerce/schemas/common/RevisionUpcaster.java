package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one event type's stored JSON of one revision as the next revision: a subclass says which type and
 * revisions, and how a copy of the old payload becomes the new one.
 */
public abstract class RevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    protected RevisionUpcaster(Class<?> eventType, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
    }

    /** Changes {@code payload}, a copy of the older revision's, into the newer revision. */
    protected abstract void upgrade(ObjectNode payload);

    @Override
    protected final boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected final IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, older -> {
            ObjectNode payload = ((ObjectNode) older).deepCopy();
            upgrade(payload);
            return payload;
        });
    }
}
