package io.ultramarket.commerce.idempotency;

/** Command metadata keys that carry a request's Idempotency-Key to {@link IdempotencyInterceptor}. */
public final class IdempotencyMetadata {

    public static final String KEY = "idempotencyKey";
    /** Keys are per principal: two customers may pick the same key. */
    public static final String SCOPE = "idempotencyScope";
    public static final String REQUEST_HASH = "requestHash";

    private IdempotencyMetadata() {
    }
}
