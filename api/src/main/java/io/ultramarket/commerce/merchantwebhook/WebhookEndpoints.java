package io.ultramarket.commerce.merchantwebhook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksSchema.*;

/** The registered endpoints and their delivery log, in PostgreSQL (V32). Blocking: call off the event loop. */
class WebhookEndpoints {

    /** An endpoint as the API shows it: never its secret. */
    record Endpoint(UUID id, String url, List<String> eventTypes, String description, Instant createdAt,
                    Instant disabledAt) {
    }

    /** One try of a delivery. */
    record Attempt(int attempt, Instant attemptedAt, Integer statusCode, String error) {
    }

    /** A delivery of one event to the endpoint, with every try so far. */
    record Delivery(String eventId, String eventType, String status, int attempts, Instant occurredAt,
                    Instant nextAttemptAt, Instant deliveredAt, Integer lastStatusCode, String lastError,
                    List<Attempt> tries) {
    }

    private static final String ENDPOINT_COLUMNS = ID + ", " + URL + ", " + EVENT_TYPES + ", " + DESCRIPTION + ", "
            + CREATED_AT + ", " + DISABLED_AT;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WebhookEndpoints(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores an endpoint unless {@code maxEndpoints} are already enabled. Serialized by a transaction-level advisory
     * lock, so that two admins registering at once cannot both take the last place.
     */
    Endpoint register(UUID id, String url, List<String> eventTypes, String description, String secret, int maxEndpoints) {
        return transactions.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('merchant-webhook-endpoints'))", Object.class);
            Integer enabled = jdbc.queryForObject("SELECT count(*) FROM " + ENDPOINT + " WHERE " + DISABLED_AT + " IS NULL",
                    Integer.class);
            if (enabled != null && enabled >= maxEndpoints) {
                throw new WebhookEndpointLimitReached(maxEndpoints);
            }
            Instant now = clock.instant();
            jdbc.update(connection -> {
                var insert = connection.prepareStatement("INSERT INTO " + ENDPOINT + " (" + ID + ", " + URL + ", "
                        + EVENT_TYPES + ", " + DESCRIPTION + ", " + SECRET + ", " + CREATED_AT + ") VALUES (?, ?, ?, ?, ?, ?)");
                insert.setObject(1, id);
                insert.setString(2, url);
                insert.setArray(3, connection.createArrayOf("text", eventTypes.toArray()));
                insert.setString(4, description);
                insert.setString(5, secret);
                insert.setTimestamp(6, Timestamp.from(now));
                return insert;
            });
            return new Endpoint(id, url, eventTypes, description, now, null);
        });
    }

    /** The newest endpoints first, disabled ones too. */
    List<Endpoint> list(int limit) {
        return jdbc.query("SELECT " + ENDPOINT_COLUMNS + " FROM " + ENDPOINT + " ORDER BY " + CREATED_AT + " DESC, " + ID
                + " LIMIT ?", ENDPOINT_ROW, limit);
    }

    Optional<Endpoint> find(UUID id) {
        return jdbc.query("SELECT " + ENDPOINT_COLUMNS + " FROM " + ENDPOINT + " WHERE " + ID + " = ?", ENDPOINT_ROW, id)
                .stream().findFirst();
    }

    /**
     * Disables the endpoint (once: a second call keeps the first moment) and cancels its deliveries still waiting.
     * It receives no event that occurs from now on; its log stays.
     */
    Optional<Endpoint> disable(UUID id) {
        return transactions.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.update("UPDATE " + ENDPOINT + " SET " + DISABLED_AT + " = ? WHERE " + ID + " = ? AND " + DISABLED_AT
                    + " IS NULL", now, id);
            jdbc.update("UPDATE " + DELIVERY + " SET " + STATUS + " = 'CANCELLED' WHERE " + ENDPOINT_ID + " = ? AND "
                    + STATUS + " = 'PENDING'", id);
            return find(id);
        });
    }

    /** A page of the endpoint's deliveries, the newest events first, each with its tries. */
    List<Delivery> deliveries(UUID endpointId, int page, int size) {
        return jdbc.query("SELECT d." + EVENT_ID + ", e." + EVENT_TYPE + ", d." + STATUS + ", d." + ATTEMPTS + ", d."
                        + OCCURRED_AT + ", d." + NEXT_ATTEMPT_AT + ", d." + DELIVERED_AT + ", d." + LAST_STATUS_CODE + ", d."
                        + LAST_ERROR + " FROM " + DELIVERY + " d JOIN " + EVENT + " e ON e." + EVENT_ID + " = d." + EVENT_ID
                        + " WHERE d." + ENDPOINT_ID + " = ? ORDER BY d." + OCCURRED_AT + " DESC, d." + EVENT_ID
                        + " LIMIT ? OFFSET ?",
                (row, index) -> {
                    String eventId = row.getString(1);
                    String status = row.getString(3);
                    return new Delivery(eventId, row.getString(2), status, row.getInt(4), instant(row.getTimestamp(5)),
                            "PENDING".equals(status) ? instant(row.getTimestamp(6)) : null, instant(row.getTimestamp(7)),
                            (Integer) row.getObject(8), row.getString(9), tries(endpointId, eventId));
                },
                endpointId, size, (long) page * size);
    }

    private List<Attempt> tries(UUID endpointId, String eventId) {
        return jdbc.query("SELECT " + ATTEMPT_NUMBER + ", " + ATTEMPTED_AT + ", " + STATUS_CODE + ", " + ERROR + " FROM "
                        + ATTEMPT + " WHERE " + ENDPOINT_ID + " = ? AND " + EVENT_ID + " = ? ORDER BY " + ATTEMPT_NUMBER,
                (row, index) -> new Attempt(row.getInt(1), instant(row.getTimestamp(2)), (Integer) row.getObject(3),
                        row.getString(4)),
                endpointId, eventId);
    }

    private static final RowMapper<Endpoint> ENDPOINT_ROW = (row, index) -> new Endpoint(row.getObject(1, UUID.class),
            row.getString(2), types(row.getArray(3)), row.getString(4), instant(row.getTimestamp(5)),
            instant(row.getTimestamp(6)));

    private static List<String> types(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
