package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a revision that did not have {@code field} as the next revision with that field null: for a field
 * whose absence in the old events means "not known" (a voided payment's provider reference, a customer's
 * language before the shop kept one). With a {@code parent}, the field is one of the object in the payload's field
 * of that name (an order's totals), left as it is where that is not an object.
 */
public final class FieldAddedUpcaster extends RevisionUpcaster {

    private final String parent;
    private final String field;

    public FieldAddedUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field) {
        this(eventType, fromRevision, toRevision, null, field);
    }

    public FieldAddedUpcaster(Class<?> eventType, String fromRevision, String toRevision, String parent, String field) {
        super(eventType, fromRevision, toRevision);
        this.parent = parent;
        this.field = field;
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        JsonNode holder = parent == null ? payload : payload.path(parent);
        if (holder instanceof ObjectNode object) {
            object.putNull(field);
        }
    }
}
