package io.ultramarket.commerce.idempotency;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** The same Idempotency-Key came with a different request: answered 422, nothing is done. */
public class IdempotencyKeyReused extends RuntimeException implements DescribedProblem {

    IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request");
    }

    @Override
    public int status() {
        return 422;
    }
}
