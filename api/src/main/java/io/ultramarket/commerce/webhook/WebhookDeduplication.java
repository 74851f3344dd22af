package io.ultramarket.commerce.webhook;

import io.ultramarket.commerce.dispatch.AtMostOnce;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Applies a webhook event at most once ({@link AtMostOnce}), by its sender's event id in
 * {@code webhook_delivery}: the sender retries a delivery that failed, and every later delivery of an applied
 * event is acknowledged without doing anything again.
 */
@Component
class WebhookDeduplication extends AtMostOnce {

    WebhookDeduplication(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    protected Optional<Claim> claim(MetaData metaData) {
        String eventId = (String) metaData.get(WebhookDelivery.EVENT_ID);
        return eventId == null ? Optional.empty() : Optional.of(new Claim(
                "INSERT INTO webhook_delivery (source, event_id, event_type) VALUES (?, ?, ?) ON CONFLICT (source, event_id) DO NOTHING",
                metaData.get(WebhookDelivery.SOURCE), eventId, metaData.get(WebhookDelivery.EVENT_TYPE)));
    }
}
