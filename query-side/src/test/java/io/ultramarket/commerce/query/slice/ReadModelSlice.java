package io.ultramarket.commerce.query.slice;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A read model running in a {@link ReadModelDatabase}: events in through its writer, as the projection
 * runtime hands them over, and rows out through its reader.
 *
 */
public final class ReadModelSlice {

    /** Events happen one second apart from here on, so that a test can name the times its rows must show. */
    public static final Instant FIRST_EVENT_AT = Instant.parse("2026-03-02T09:00:00Z");

    private final ReadModelProjection projection;
    private Generation generation;
    private AnnotationEventHandlerAdapter writer;
    private final JdbcTemplate jdbc;
    private final BeanFactory readers;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<GenericDomainEventMessage<?>> handled = new ArrayList<>();
    private long events;

    private ReadModelSlice(ReadModelProjection projection, Generation generation, JdbcTemplate jdbc, BeanFactory readers) {
        this.projection = projection;
        this.generation = generation;
        this.writer = new AnnotationEventHandlerAdapter(projection.eventHandler(generation));
        this.jdbc = jdbc;
        this.readers = readers;
    }

    /** Makes generation 1's tables and points the views at them, as the runtime does for a new projection. */
    static ReadModelSlice start(ReadModelProjection projection, JdbcTemplate jdbc, BeanFactory readers) {
        Generation generation = new Generation(projection.name(), 1);
        projection.schema(generation).forEach(jdbc::execute);
        projection.tables().forEach(table -> jdbc.execute("CREATE VIEW " + table + " AS SELECT * FROM " + generation.table(table)));
        return new ReadModelSlice(projection, generation, jdbc, readers);
    }

    /**
     * Rebuilds the read model from event 0 as a replay does: the next generation's tables, every event applied so
     * far handed to its writer again in the order they came, and the views switched to it. Later events go there.
     */
    public ReadModelSlice rebuild() {
        Generation next = generation.next();
        projection.schema(next).forEach(jdbc::execute);
        writer = new AnnotationEventHandlerAdapter(projection.eventHandler(next));
        handled.forEach(this::write);
        projection.tables().forEach(table -> {
            jdbc.execute("DROP VIEW " + table);
            jdbc.execute("CREATE VIEW " + table + " AS SELECT * FROM " + next.table(table));
        });
        generation = next;
        return this;
    }

    /** Every row of a table of the generation that answers now, each as its columns by name, in a stable order. */
    public List<Map<String, Object>> rows(String table) {
        return jdbc.queryForList("SELECT * FROM " + generation.table(table) + " ORDER BY 1, 2");
    }

    /**
     * Applies {@code payloads}, the next events of the aggregate {@code aggregateId}, in order. Each becomes the
     * domain event message the event store would hand out: the aggregate's next sequence number (the rows'
     * version) and a timestamp one second after the previous event's. The writers read nothing else of a
     * message, so no metadata is attached.
     */
    public ReadModelSlice apply(Object aggregateId, Object... payloads) {
        String aggregate = aggregateId.toString();
        for (Object payload : payloads) {
            handle(aggregate, sequences.merge(aggregate, 1L, Long::sum) - 1, payload);
        }
        return this;
    }

    /** Applies an event again, with the sequence number it had: what a retried dead letter or a redelivery does. */
    public ReadModelSlice applyAgain(Object aggregateId, long sequence, Object payload) {
        handle(aggregateId.toString(), sequence, payload);
        return this;
    }

    /** When the {@code n}th event applied in this slice (counting from 0) happened. */
    public static Instant at(long n) {
        return FIRST_EVENT_AT.plusSeconds(n);
    }

    /** A query-side reader, as the app wires it (on R2DBC). */
    public <T> T reader(Class<T> type) {
        return readers.getBean(type);
    }

    /** The database, for rows that no query-side reader reads. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    private void handle(String aggregate, long sequence, Object payload) {
        var message = new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregate, sequence, payload,
                MetaData.emptyInstance(), UUID.randomUUID().toString(), at(events++));
        handled.add(message);
        write(message);
    }

    private void write(GenericDomainEventMessage<?> message) {
        Object payload = message.getPayload();
        try {
            writer.handle(message);
        } catch (Exception failure) {
            throw new IllegalStateException("the writer failed on " + payload.getClass().getSimpleName(), failure);
        }
    }
}
