package io.ultramarket.commerce.sagas.shipping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.sagas.webhook.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * How the simulated carriers report a shipment's progress: like a real carrier, by posting signed
 * tracking updates to the shop's webhook, "dispatched" after {@code dispatch-after} and "delivered"
 * {@code deliver-after} later. Undeliverable updates are retried a few times, then dropped (a
 * simulation keeps no outbox: a restart forgets the updates still to come).
 */
@Component
class TrackingUpdates {

    private static final Logger log = LoggerFactory.getLogger(TrackingUpdates.class);

    private final ShippingProperties properties;
    // Looked up when a report is sent: the secrets are made from the carriers, which are made with this class.
    private final ObjectProvider<CarrierSecrets> secrets;
    private final Environment environment;
    private final ObjectMapper json;
    private final WebClient http;
    private final Clock clock;

    TrackingUpdates(ShippingProperties properties, ObjectProvider<CarrierSecrets> secrets, Environment environment,
                    ObjectMapper json, WebClient.Builder http, Clock clock) {
        this.properties = properties;
        this.secrets = secrets;
        this.environment = environment;
        this.json = json;
        this.http = http.build();
        this.clock = clock;
    }

    void follow(String carrier, UUID orderId, String trackingNumber) {
        Mono.delay(properties.dispatchAfter())
                .then(post(carrier, orderId, trackingNumber, CarrierTrackingEvent.DISPATCHED))
                .then(Mono.delay(properties.deliverAfter()))
                .then(post(carrier, orderId, trackingNumber, CarrierTrackingEvent.DELIVERED))
                .subscribe(null, failure -> log.warn("{} gave up reporting order {}: {}", carrier, orderId, failure.toString()));
    }

    private Mono<Void> post(String carrier, UUID orderId, String trackingNumber, String status) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            var event = new CarrierTrackingEvent(carrier + "-" + trackingNumber + "-" + status, orderId, trackingNumber,
                    status, now);
            byte[] body = bytesOf(event);
            return http.post().uri(baseUrl() + "/webhooks/carriers/" + carrier)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(CarrierTrackingEvent.SIGNATURE_HEADER,
                            WebhookSignature.header(secrets.getObject().secretOf(carrier).orElseThrow(), now, body))
                    .bodyValue(body)
                    .retrieve()
                    .toBodilessEntity()
                    .then();
        }).retryWhen(Retry.backoff(5, Duration.ofSeconds(1)));
    }

    private byte[] bytesOf(CarrierTrackingEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tracking event is always serialisable", e);
        }
    }

    private String baseUrl() {
        String configured = properties.webhookBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }
}
