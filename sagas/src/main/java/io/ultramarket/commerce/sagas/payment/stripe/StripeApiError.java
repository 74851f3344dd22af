package io.ultramarket.commerce.sagas.payment.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A non-2xx answer from Stripe, with its {@code error} object ({@code type}, {@code code}, ...). */
final class StripeApiError extends RuntimeException {

    private final int status;
    private final JsonNode error;

    StripeApiError(int status, JsonNode body) {
        super("Stripe answered " + status + ": " + body.path("error").path("message").asText("(no message)"));
        this.status = status;
        this.error = body.path("error");
    }

    static StripeApiError withoutBody(int status) {
        return new StripeApiError(status, MissingNode.getInstance());
    }

    int status() {
        return status;
    }

    boolean isCardDecline() {
        return status == 402 && "card_error".equals(error.path("type").asText());
    }

    /**
     * Worth repeating with the same key: Stripe failed (5xx), asked the client to slow down (429), or is still
     * working on an earlier request with this key (409, {@code idempotency_key_in_use}: a repeat after a
     * timeout meets it). The relays park what is not transient (ADR 0049), so a 409 must not count as a refusal.
     */
    boolean isTransient() {
        return status >= 500 || status == 429 || status == 409;
    }

    /** Stripe's decline code ({@code insufficient_funds}), or its error code when it gives none. */
    String declineCode() {
        return error.path("decline_code").asText(error.path("code").asText("card_declined"));
    }

    String code() {
        return error.path("code").asText("");
    }

    String message() {
        return error.path("message").asText("");
    }

    /** The PaymentIntent Stripe attaches to card errors and state errors; missing otherwise. */
    JsonNode paymentIntent() {
        return error.path("payment_intent");
    }
}
