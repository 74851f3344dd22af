package io.ultramarket.commerce.servers.stripe;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the API answered. {@code stored} tells whether Stripe keeps it for the request's idempotency key:
 * it keeps every answer of an endpoint that started executing, and none for a request refused while its
 * parameters were validated.
 */
record StripeResponse(int status, JsonNode body, boolean stored, boolean replayed) {

    StripeResponse(int status, JsonNode body, boolean stored) {
        this(status, body, stored, false);
    }

    /** The same answer, sent again for a repeated idempotency key (Stripe adds {@code Idempotent-Replayed}). */
    StripeResponse asReplay() {
        return new StripeResponse(status, body, stored, true);
    }
}
