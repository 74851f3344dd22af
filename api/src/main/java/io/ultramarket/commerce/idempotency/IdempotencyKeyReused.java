package io.ultramarket.commerce.idempotency;

/** The same Idempotency-Key came with a different request: answered 422, nothing is done. */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request");
    }
}
