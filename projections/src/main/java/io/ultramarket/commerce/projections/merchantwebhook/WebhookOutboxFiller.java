package io.ultramarket.commerce.projections.merchantwebhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.projections.integration.IntegrationRecords;
import io.ultramarket.commerce.projections.poison.DeadLetterProcessors;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.runtime.ProcessingPhases;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import io.ultramarket.commerce.schemas.common.PublishedForm;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksSchema.*;

/**
 * Puts every event an endpoint asked for into the webhook outbox, from a streaming processor of its own
 * ({@code merchant-webhooks}, one segment, its token in {@code token_entry}) and in that processor's transaction:
 * a delivery per (endpoint, event id), inserted with {@code ON CONFLICT DO NOTHING}, so a retried batch or a
 * restart from an older token sends nothing twice. Which endpoints receive an event is decided by the event's
 * own time (registered at or before it, not disabled by then), never by when the processor meets it.
 *
 * <p>The body is the event in the contract's {@link PublishedForm} (no payment provider's token leaves the
 * core), inside an envelope that names it as the Kafka records' headers do. An event that cannot be written is
 * parked in the processor's dead-letter queue (ADR 0041) instead of stopping the ones behind it.
 */
public class WebhookOutboxFiller implements EventMessageHandler, SmartLifecycle, DeadLetterProcessors {

    public static final String PROCESSOR = "merchant-webhooks";

    private static final int BATCH_SIZE = 100;
    private static final String ENDPOINTS_OF_THE_BATCH = WebhookOutboxFiller.class.getName() + ".endpoints";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final StreamingProcessor.Infrastructure axon;
    private final DeadLetteringEventHandlerInvoker invoker;
    private volatile StreamingProcessor processor;

    public WebhookOutboxFiller(JdbcTemplate jdbc, ObjectMapper json, StreamingProcessor.Infrastructure axon,
                               DeadLetterQueues deadLetterQueues) {
        this.jdbc = jdbc;
        this.json = PublishedForm.of(json);
        this.axon = axon;
        // By aggregate: an event that cannot be written parks its aggregate's later events, not everyone's.
        this.invoker = deadLetterQueues.invoker(PROCESSOR, this, SequentialPerAggregatePolicy.instance());
    }

    @Override
    public Object handle(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domainEvent)) {
            return null;
        }
        String type = event.getPayloadType().getSimpleName();
        Timestamp occurredAt = Timestamp.from(event.getTimestamp());
        List<UUID> endpoints = endpointsTaking(type).stream()
                .filter(endpoint -> endpoint.enabledAt(event.getTimestamp()))
                .map(EndpointSpan::id)
                .toList();
        if (endpoints.isEmpty()) {
            return null;
        }
        jdbc.update("INSERT INTO " + EVENT + " (" + EVENT_ID + ", " + EVENT_TYPE + ", " + BODY + ", " + OCCURRED_AT
                        + ") VALUES (?, ?, ?, ?) ON CONFLICT (" + EVENT_ID + ") DO NOTHING",
                event.getIdentifier(), type, body(domainEvent), occurredAt);
        jdbc.batchUpdate("INSERT INTO " + DELIVERY + " (" + ENDPOINT_ID + ", " + EVENT_ID + ", " + STATUS + ", "
                        + OCCURRED_AT + ", " + NEXT_ATTEMPT_AT + ") VALUES (?, ?, 'PENDING', ?, ?) ON CONFLICT ("
                        + ENDPOINT_ID + ", " + EVENT_ID + ") DO NOTHING",
                endpoints.stream().map(endpoint -> new Object[]{endpoint, event.getIdentifier(), occurredAt, occurredAt}).toList());
        return null;
    }

    /**
     * The endpoints that asked for events of {@code type}, read once per batch for every type in it: a batch holds many
     * events of a few types, and each event keeps those of them enabled at its own time. Outside a batch (a dead letter
     * retried on its own), read for the event alone.
     */
    private List<EndpointSpan> endpointsTaking(String type) {
        if (!CurrentUnitOfWork.isStarted()) {
            return endpointSpans(List.of(type)).get(type);
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<String, List<EndpointSpan>> ofTheBatch = batch.getOrComputeResource(ENDPOINTS_OF_THE_BATCH,
                key -> endpointSpans(typesIn(batch, type)));
        return ofTheBatch.computeIfAbsent(type, missing -> endpointSpans(List.of(missing)).get(missing));
    }

    /** The simple names of the batch's event types ({@code type} among them); just {@code type} when it is no batch. */
    private static List<String> typesIn(UnitOfWork<?> batch, String type) {
        Set<String> types = new TreeSet<>(Set.of(type));
        if (batch instanceof BatchingUnitOfWork<?> events) {
            events.getMessages().forEach(event -> types.add(event.getPayloadType().getSimpleName()));
        }
        return List.copyOf(types);
    }

    /** For each of {@code types}, the endpoints that asked for it (an empty list when none did), in one query. */
    private Map<String, List<EndpointSpan>> endpointSpans(List<String> types) {
        Map<String, List<EndpointSpan>> byType = new HashMap<>();
        types.forEach(type -> byType.put(type, new ArrayList<>()));
        jdbc.query("SELECT " + ID + ", " + CREATED_AT + ", " + DISABLED_AT + ", " + EVENT_TYPES + " FROM " + ENDPOINT
                        + " WHERE " + EVENT_TYPES + " && ?::text[]",
                (RowCallbackHandler) row -> {
                    EndpointSpan span = new EndpointSpan(row.getObject(ID, UUID.class), row.getTimestamp(CREATED_AT).toInstant(),
                            Optional.ofNullable(row.getTimestamp(DISABLED_AT)).map(Timestamp::toInstant).orElse(null));
                    for (String taken : (String[]) row.getArray(EVENT_TYPES).getArray()) {
                        List<EndpointSpan> taking = byType.get(taken);
                        if (taking != null) {
                            taking.add(span);
                        }
                    }
                },
                (Object) types.toArray(String[]::new));
        return byType;
    }

    /** An endpoint and the time it receives events in: from its registration until it is disabled, if it is. */
    record EndpointSpan(UUID id, Instant createdAt, Instant disabledAt) {

        /**
         * Registered at or before {@code occurredAt} and not disabled by then. Compared in PostgreSQL's microseconds,
         * {@code occurredAt} rounded to them as the JDBC driver rounds a timestamp it sends.
         */
        boolean enabledAt(Instant occurredAt) {
            Instant at = occurredAt.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
            return !createdAt.isAfter(at) && (disabledAt == null || disabledAt.isAfter(at));
        }
    }

    /** What a receiver gets: the event's published JSON under {@code data}, and what identifies and orders it. */
    String body(DomainEventMessage<?> event) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", event.getIdentifier());
        envelope.put("type", event.getPayloadType().getSimpleName());
        envelope.put("revision", IntegrationRecords.revisionOf(event.getPayloadType()));
        envelope.put("schema", IntegrationRecords.schemaOf(event.getPayloadType()));
        envelope.put("aggregateType", event.getType());
        envelope.put("aggregateId", event.getAggregateIdentifier());
        envelope.put("sequence", event.getSequenceNumber());
        envelope.put("occurredAt", event.getTimestamp().toString());
        envelope.put("data", event.getPayload());
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.getIdentifier() + " cannot be written as JSON", e);
        }
    }

    @Override
    public Optional<SequencedDeadLetterProcessor<EventMessage<?>>> deadLettersOf(String processorName) {
        return PROCESSOR.equals(processorName) && processor != null ? Optional.of(invoker) : Optional.empty();
    }

    @Override
    public synchronized void start() {
        // Late: deliveries go out from the outbox on their own schedule; nobody waits for the outbox's rows.
        processor = StreamingProcessor.start(PROCESSOR, invoker, 1, BATCH_SIZE, axon, StreamingProcessor.Wakes.LATE);
    }

    @Override
    public synchronized void stop() {
        if (processor != null) {
            processor.stop();
            processor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return processor != null;
    }

    /** After Axon's own components (the event store, the token store) have started; stopped after the web server. */
    @Override
    public int getPhase() {
        return ProcessingPhases.PROCESSORS;
    }
}
