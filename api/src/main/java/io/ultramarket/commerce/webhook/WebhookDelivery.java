package io.ultramarket.commerce.webhook;

import java.util.Map;

/**
 * A webhook event that causes a command: who sent it ({@code stripe}), the sender's event id and type.
 * Sent as command metadata, it makes {@link WebhookDeduplication} apply the event once.
 */
public record WebhookDelivery(String source, String eventId, String eventType) {

    static final String SOURCE = "webhookSource";
    static final String EVENT_ID = "webhookEventId";
    static final String EVENT_TYPE = "webhookEventType";

    public WebhookDelivery {
        if (eventId == null || eventId.isBlank() || eventId.length() > 255) {
            throw new IllegalArgumentException("a webhook event needs an id of 1 to 255 characters");
        }
        if (eventType == null || eventType.isBlank() || eventType.length() > 255) {
            throw new IllegalArgumentException("a webhook event needs a type of 1 to 255 characters");
        }
    }

    public Map<String, Object> asMetaData() {
        return Map.of(SOURCE, source, EVENT_ID, eventId, EVENT_TYPE, eventType);
    }
}
