package io.ultramarket.commerce.idempotency;

/** The Idempotency-Key header is empty, too long or has characters outside visible ASCII. */
public class InvalidIdempotencyKey extends RuntimeException {

    InvalidIdempotencyKey() {
        super("Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice)");
    }
}
