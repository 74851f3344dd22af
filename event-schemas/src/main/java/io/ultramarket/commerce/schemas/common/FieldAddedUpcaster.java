package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a revision that did not have {@code field} as the next revision with that field null: for a field
 * whose absence in the old events means "not known" (a voided payment's provider reference, a customer's
 * language before the shop kept one).
 */
public final class FieldAddedUpcaster extends RevisionUpcaster {

    private final String field;

    public FieldAddedUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field) {
        super(eventType, fromRevision, toRevision);
        this.field = field;
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        payload.putNull(field);
    }
}
