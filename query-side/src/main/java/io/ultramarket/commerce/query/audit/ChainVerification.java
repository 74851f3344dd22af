package io.ultramarket.commerce.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of recomputing one aggregate's hash chain: intact with the number of events checked, or
 * broken at the first event whose stored hash differs from the recomputed one (that event, or one before it
 * that was deleted, was changed after it was stored).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean intact, Long events, EventReference firstMismatch) {

    /** An event before this one is gone: this one's sequence number is not the next. */
    public static final String MISSING = "missing";
    /** This event's stored hash does not match its content (or its predecessor's hash). */
    public static final String REWRITTEN = "rewritten";

    public static ChainVerification intact(long events) {
        return new ChainVerification(true, events, null);
    }

    public static ChainVerification brokenAt(EventReference event) {
        return new ChainVerification(false, null, event);
    }

    /**
     * Where the chain breaks: the event's global position, its place in the aggregate, its id, and why
     * ({@link #MISSING} or {@link #REWRITTEN}; held against the signed checkpoints, also {@code broken-link}:
     * the chain is consistent but differs from a head a checkpoint recorded, ADR 0045). A missing event that a
     * checkpoint recorded has the position it had and no id.
     */
    public record EventReference(long position, long sequenceNumber, String eventId, String cause) {
    }
}
