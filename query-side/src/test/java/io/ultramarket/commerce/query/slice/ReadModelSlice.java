package io.ultramarket.commerce.query.slice;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
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

    private final AnnotationEventHandlerAdapter writer;
    private final JdbcTemplate jdbc;
    private final BeanFactory readers;
    private final Map<String, Long> sequences = new HashMap<>();
    private long events;

    private ReadModelSlice(AnnotationEventHandlerAdapter writer, JdbcTemplate jdbc, BeanFactory readers) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.readers = readers;
    }

    /** Makes generation 1's tables and points the views at them, as the runtime does for a new projection. */
    static ReadModelSlice start(ReadModelProjection projection, JdbcTemplate jdbc, BeanFactory readers) {
        Generation generation = new Generation(projection.name(), 1);
        projection.schema(generation).forEach(jdbc::execute);
        projection.tables().forEach(table -> jdbc.execute("CREATE VIEW " + table + " AS SELECT * FROM " + generation.table(table)));
        return new ReadModelSlice(new AnnotationEventHandlerAdapter(projection.eventHandler(generation)), jdbc, readers);
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
        try {
            writer.handle(message);
        } catch (Exception failure) {
            throw new IllegalStateException("the writer failed on " + payload.getClass().getSimpleName(), failure);
        }
    }
}
