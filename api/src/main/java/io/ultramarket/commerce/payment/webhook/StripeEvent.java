package io.ultramarket.commerce.payment.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** The parts of a Stripe event this shop reads: its id, its type and the object it is about. */
record StripeEvent(String id, String type, JsonNode object) {

    static StripeEvent parse(ObjectMapper json, byte[] body) {
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the webhook body is not JSON: " + messageOf(e));
        }
        if (event == null || !event.path("id").isTextual() || !event.path("type").isTextual()) {
            throw new IllegalArgumentException("the webhook body is not a Stripe event: it needs a string id and type");
        }
        return new StripeEvent(event.get("id").asText(), event.get("type").asText(), event.path("data").path("object"));
    }

    private static String messageOf(IOException e) {
        return e instanceof JsonProcessingException parsing ? parsing.getOriginalMessage() : e.getMessage();
    }
}
