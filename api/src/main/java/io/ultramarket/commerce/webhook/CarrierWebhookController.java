package io.ultramarket.commerce.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.sagas.shipping.CarrierSecrets;
import io.ultramarket.commerce.sagas.shipping.CarrierTrackingEvent;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties;
import io.ultramarket.commerce.sagas.webhook.WebhookSignature;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.web.CommandResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tracking updates from carriers. A delivery must be signed with the carrier's secret over the raw body
 * ({@code Carrier-Signature: t=...,v1=...}, within {@code commerce.shipping.signature-tolerance}),
 * otherwise it is answered 400 and nothing happens; a carrier without a secret (none configured, and not
 * one of the simulated carriers) is not known here (404). "delivered" records the delivery, when this
 * carrier holds the parcel under that tracking number (422 otherwise). Other statuses, "dispatched"
 * among them, are acknowledged and ignored: the hand-over was recorded when the carrier accepted the
 * parcel from the shipping relay, so a carrier cannot ship an order it was not given.
 *
 * <p>Each update is applied once: it is sent as a command whose idempotency key is derived from the
 * carrier and the update's {@code eventId}, so a repeated delivery is answered as the first one and
 * changes nothing (ADR 0006's mechanism).
 */
@RestController
class CarrierWebhookController {

    record Acknowledged(String eventId, String status, boolean applied) {
    }

    private final CarrierSecrets secrets;
    private final ShippingProperties properties;
    private final CommandDispatcher commands;
    private final ObjectMapper json;
    private final Clock clock;

    CarrierWebhookController(CarrierSecrets secrets, ShippingProperties properties, CommandDispatcher commands,
                             ObjectMapper json, Clock clock) {
        this.secrets = secrets;
        this.properties = properties;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/webhooks/carriers/{carrier}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Acknowledged>> receive(@PathVariable String carrier,
                                               @RequestHeader(name = CarrierTrackingEvent.SIGNATURE_HEADER, required = false) String signature,
                                               @RequestBody byte[] body, CommandContext context) {
        Optional<String> secret = secrets.secretOf(carrier);
        if (secret.isEmpty()) {
            return Mono.error(new ResourceNotFound("carrier", carrier));
        }
        WebhookSignature.verify(signature, body, List.of(secret.get()), clock.instant(), properties.signatureTolerance());
        CarrierTrackingEvent event = parse(body);
        if (!event.status().equals(CarrierTrackingEvent.DELIVERED)) {
            return Mono.just(ResponseEntity.accepted().body(new Acknowledged(event.eventId(), event.status(), false)));
        }
        String key = UUID.nameUUIDFromBytes((carrier + "\n" + event.eventId()).getBytes(StandardCharsets.UTF_8)).toString();
        CommandContext once = CommandContext.system("carrier:" + carrier, context.correlationId(), Optional.of(key),
                context.method(), context.path());
        var command = new MarkOrderDelivered(event.orderId(), carrier, event.trackingNumber());
        return commands.send(once, event, ctx -> new PreparedCommand<>(command, event.orderId().toString(),
                        new Acknowledged(event.eventId(), event.status(), true)))
                .map(CommandResponses::accepted);
    }

    private CarrierTrackingEvent parse(byte[] body) {
        CarrierTrackingEvent event;
        try {
            event = json.readValue(body, CarrierTrackingEvent.class);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("the tracking update is not readable: " + unreadable.getMessage());
        }
        if (event.eventId() == null || event.eventId().isBlank() || event.orderId() == null || event.status() == null) {
            throw new IllegalArgumentException("a tracking update needs eventId, orderId and status");
        }
        if (event.trackingNumber() == null || event.trackingNumber().isBlank()) {
            throw new IllegalArgumentException("a tracking update needs the trackingNumber of the parcel");
        }
        return event;
    }
}
