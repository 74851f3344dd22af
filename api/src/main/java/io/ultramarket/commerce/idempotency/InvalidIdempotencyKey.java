package io.ultramarket.commerce.idempotency;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;

import java.util.List;

/** The Idempotency-Key header is empty, too long or has characters outside visible ASCII: a 400 naming it. */
public class InvalidIdempotencyKey extends InvalidParameters {

    InvalidIdempotencyKey() {
        super(List.of(new FieldError(IdempotencyKeyHeader.NAME,
                "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice)")));
    }
}
