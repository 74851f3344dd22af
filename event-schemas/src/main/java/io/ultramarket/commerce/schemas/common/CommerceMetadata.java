package io.ultramarket.commerce.schemas.common;

/**
 * Keys of the metadata every command and event carries. Auditors rely on them: who acted, which request
 * started the chain (correlation) and which message directly caused this one (causation).
 */
public final class CommerceMetadata {

    /** The acting principal's name, or {@value #ANONYMOUS}. */
    public static final String PRINCIPAL = "principal";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String ANONYMOUS = "anonymous";

    private CommerceMetadata() {
    }
}
