package io.ultramarket.commerce.servers.stripe;

import java.nio.charset.StandardCharsets;

/** A signed event delivery: the raw body and its {@code Stripe-Signature} header value. */
public record StripeWebhook(String eventId, String type, byte[] body, String signature) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
