package io.ultramarket.commerce.sagas.parking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tables {@code parked_order} and {@code parked_order_event}. Every statement joins the caller's
 * transaction: parking and queueing commit together with the saga processor's token, so an event is either
 * handled, or queued, never both nor neither.
 *
 * <p>A parked order's row is the lock between the processor and a retry: the processor reads it
 * {@code FOR SHARE} before queueing, a retry takes it {@code FOR UPDATE} while it handles a queued event
 * and when it unparks, so no event is queued behind an order that was just unparked.
 */
public class ParkedOrders {

    private static final String SELECT = "SELECT p.order_id, p.processor, p.failing_event_id, p.failing_event_type, "
            + "p.cause_type, p.cause_message, p.attempts, p.parked_at, p.last_failed_at, "
            + "(SELECT count(*) FROM parked_order_event e WHERE e.order_id = p.order_id) FROM parked_order p ";

    private static final RowMapper<ParkedOrder> PARKED_ORDER = (row, n) -> new ParkedOrder(
            row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
            row.getString(6), row.getInt(7), row.getTimestamp(8).toInstant(), row.getTimestamp(9).toInstant(),
            row.getInt(10));

    private final JdbcTemplate jdbc;
    private final String processor;

    ParkedOrders(JdbcTemplate jdbc, String processor) {
        this.jdbc = jdbc;
        this.processor = processor;
    }

    public String processor() {
        return processor;
    }

    public List<ParkedOrder> list(int limit) {
        return jdbc.query(SELECT + "ORDER BY p.parked_at, p.order_id LIMIT ?", PARKED_ORDER, limit);
    }

    public Optional<ParkedOrder> find(UUID orderId) {
        return jdbc.query(SELECT + "WHERE p.order_id = ?", PARKED_ORDER, orderId).stream().findFirst();
    }

    /** Events waiting behind parked orders: the saga's share of {@code commerce.parked.items}. */
    public long queuedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM parked_order_event", Long.class);
        return count == null ? 0 : count;
    }

    boolean isParkedLockingShared(UUID orderId) {
        return !jdbc.queryForList("SELECT 1 FROM parked_order WHERE order_id = ? FOR SHARE", Integer.class, orderId).isEmpty();
    }

    boolean lockForUpdate(UUID orderId) {
        return !jdbc.queryForList("SELECT 1 FROM parked_order WHERE order_id = ? FOR UPDATE", Integer.class, orderId).isEmpty();
    }

    void park(UUID orderId, QueuedEvent failing, SagaFailure failure, Instant now) {
        jdbc.update("INSERT INTO parked_order (order_id, processor, failing_event_id, failing_event_type, cause_type, "
                        + "cause_message, attempts, parked_at, last_failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (order_id) DO NOTHING",
                orderId, processor, failing.eventId(), failing.payloadType(), failure.causeType(), failure.causeMessage(),
                failure.attempts(), Timestamp.from(now), Timestamp.from(now));
        queue(orderId, failing, now);
    }

    /** Idempotent: a redelivered event (after a crash before the token moved) is queued once. */
    void queue(UUID orderId, QueuedEvent event, Instant now) {
        jdbc.update("INSERT INTO parked_order_event (event_identifier, order_id, global_index, payload_type, queued_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_identifier) DO NOTHING",
                event.eventId(), orderId, event.globalIndex(), event.payloadType(), Timestamp.from(now));
    }

    Optional<QueuedEvent> nextQueued(UUID orderId) {
        return jdbc.query("SELECT event_identifier, global_index, payload_type FROM parked_order_event WHERE order_id = ? "
                                + "ORDER BY global_index, event_identifier LIMIT 1",
                        (row, n) -> new QueuedEvent(row.getString(1), row.getLong(2), row.getString(3)), orderId)
                .stream().findFirst();
    }

    /** @return false when another retry took it meanwhile */
    boolean dequeue(QueuedEvent event) {
        return jdbc.update("DELETE FROM parked_order_event WHERE event_identifier = ?", event.eventId()) == 1;
    }

    boolean hasQueued(UUID orderId) {
        return !jdbc.queryForList("SELECT 1 FROM parked_order_event WHERE order_id = ? LIMIT 1", Integer.class, orderId).isEmpty();
    }

    void failedAgain(UUID orderId, QueuedEvent failing, SagaFailure failure, Instant now) {
        jdbc.update("UPDATE parked_order SET failing_event_id = ?, failing_event_type = ?, cause_type = ?, "
                        + "cause_message = ?, attempts = attempts + 1, last_failed_at = ? WHERE order_id = ?",
                failing.eventId(), failing.payloadType(), failure.causeType(), failure.causeMessage(),
                Timestamp.from(now), orderId);
    }

    /** Removes the order and its queue (the queue by cascade). */
    boolean remove(UUID orderId) {
        return jdbc.update("DELETE FROM parked_order WHERE order_id = ?", orderId) == 1;
    }
}
