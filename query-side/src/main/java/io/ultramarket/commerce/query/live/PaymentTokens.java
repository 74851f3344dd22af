package io.ultramarket.commerce.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Takes payment tokens out of an event's JSON before it leaves for a stream: an order stream is read by
 * the customer and by back-office screens, and a card token is only for the payment provider. The event
 * store keeps the token; the stream shows the payment method's type alone.
 */
final class PaymentTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAYMENT_METHOD = "paymentMethod";

    private PaymentTokens() {
    }

    static String removedFrom(String payload) {
        if (!payload.contains("\"" + PAYMENT_METHOD + "\"")) {
            return payload;
        }
        try {
            JsonNode event = JSON.readTree(payload);
            if (event.get(PAYMENT_METHOD) instanceof ObjectNode method) {
                method.remove("token");
            }
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a stored event's payload is not JSON", unreadable);
        }
    }
}
