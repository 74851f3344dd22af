package io.ultramarket.commerce.query.audit;

import io.ultramarket.commerce.query.eventstore.SealedFields;
import io.ultramarket.commerce.query.eventstore.StoredEvent;
import io.ultramarket.commerce.query.eventstore.StoredEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/** The stored events as auditors read them: one aggregate's history, or the global history by position. */
public class AuditTrail {

    /** Events read per query while exporting: bounds the memory of an export of any length. */
    static final int EXPORT_BATCH = 500;

    private final StoredEvents events;
    private final ObjectMapper json;
    private final SealedFields sealed;

    /** {@code sealed} opens the personal fields: auditors see their values, or {@code erased} (ADR 0069). */
    public AuditTrail(DatabaseClient database, ObjectMapper json, SealedFields sealed) {
        this.events = new StoredEvents(database);
        this.json = json;
        this.sealed = sealed;
    }

    /** The aggregate's events in sequence order; empty when it has none. */
    public Flux<AuditEvent> history(AggregateType type, String aggregateId) {
        return sealed.openAll(events.ofAggregate(type.storedName(), aggregateId)).map(this::toAuditEvent);
    }

    public Mono<AuditPage> page(AuditPageRequest request) {
        return sealed.openAll(events.after(request.after(), request.limit() + 1))
                .map(this::toAuditEvent)
                .collectList()
                .map(found -> AuditPage.of(found, request.limit()));
    }

    /**
     * Every event stored after {@code after}, in position order, read page by page so that at most a page or
     * two is held in memory however slowly the consumer reads. It ends at the newest event stored so far.
     */
    public Flux<AuditEvent> export(long after) {
        return page(new AuditPageRequest(after, EXPORT_BATCH))
                .expand(page -> page.next() == null ? Mono.empty() : page(new AuditPageRequest(page.next(), EXPORT_BATCH)))
                .concatMapIterable(AuditPage::events, 1);
    }

    private AuditEvent toAuditEvent(StoredEvent event) {
        return new AuditEvent(event.position(), event.aggregateType(), event.aggregateId(), event.sequenceNumber(),
                event.eventId(), simpleName(event.payloadType()), event.revision(), Instant.parse(event.timestamp()),
                parse(event.payload()), parse(event.metadata()), HexFormat.of().formatHex(event.hash()));
    }

    private static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }

    /**
     * Axon stores JSON. Bytes that are not JSON can only have been written by hand; they are shown as text so
     * that the rest of the history stays readable, and the chain verification tells whether they were changed.
     */
    private JsonNode parse(byte[] stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readTree(stored);
        } catch (IOException notJson) {
            return TextNode.valueOf(new String(stored, StandardCharsets.UTF_8));
        }
    }
}
