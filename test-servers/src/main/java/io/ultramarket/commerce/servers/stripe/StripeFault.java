package io.ultramarket.commerce.servers.stripe;

/**
 * A failure between the client and Stripe's API, as networks and load balancers produce them. The API
 * itself keeps its idempotency semantics: a call that was applied before its answer got lost is answered
 * from the stored result when the client repeats it with the same key.
 */
public enum StripeFault {

    /** 500 before the request reaches the API: nothing happened. */
    ERROR_BEFORE_APPLYING(false, false),
    /** The request is applied, then the answer is replaced by a 500: it happened, the client does not know. */
    ERROR_AFTER_APPLYING(true, false),
    /** No answer, and the request is never applied: the client times out. */
    HANG_BEFORE_APPLYING(false, true),
    /** The request is applied, then no answer comes: the client times out, yet it happened. */
    HANG_AFTER_APPLYING(true, true);

    private final boolean applies;
    private final boolean hangs;

    StripeFault(boolean applies, boolean hangs) {
        this.applies = applies;
        this.hangs = hangs;
    }

    boolean applies() {
        return applies;
    }

    boolean hangs() {
        return hangs;
    }
}
