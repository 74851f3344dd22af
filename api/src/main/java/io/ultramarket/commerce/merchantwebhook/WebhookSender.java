package io.ultramarket.commerce.merchantwebhook;

import io.ultramarket.commerce.outbox.DueRows;
import io.ultramarket.commerce.outbox.RetryBackoff;
import io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksProperties;
import io.ultramarket.commerce.sagas.webhook.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksSchema.*;

/**
 * Tries the outbox's due deliveries, oldest first, one per transaction: the row is locked ({@code FOR UPDATE SKIP
 * LOCKED}) while its request is out, and the try is recorded in the same transaction, so two senders never take the
 * same row. A 2xx answer makes it DELIVERED; anything else (another status, no connection, a timeout, a host that
 * now points to a refused address) is a failed try, retried after a doubling wait and FAILED after
 * {@code max-attempts}. Each try is signed afresh (its own timestamp) as Stripe signs: {@code Commerce-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}. Runs on db-scheduler's threads, never Netty's.
 */
class WebhookSender {

    static final String SIGNATURE = "Commerce-Signature";
    static final String EVENT_ID_HEADER = "Commerce-Event-Id";
    static final String EVENT_TYPE_HEADER = "Commerce-Event-Type";
    static final String ATTEMPT_HEADER = "Commerce-Delivery-Attempt";

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    /** A due delivery with what sending it needs. */
    private record Due(UUID endpointId, String eventId, String eventType, String body, int attempts, String url,
                       String secret, boolean disabled) {
    }

    private final JdbcTemplate jdbc;
    private final DueRows dueRows;
    private final TargetAddresses targets;
    private final WebhookClient client;
    private final Clock clock;
    private final MerchantWebhooksProperties properties;
    private final RetryBackoff backoff;

    WebhookSender(JdbcTemplate jdbc, DueRows dueRows, RetryBackoff backoff, TargetAddresses targets, WebhookClient client,
                  Clock clock, MerchantWebhooksProperties properties) {
        this.targets = targets;
        this.client = client;
        this.backoff = backoff;
        this.dueRows = dueRows;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Tries up to a batch of due deliveries; answers how many it took. */
    int sendDue() {
        return dueRows.takeEach(this::sendOne);
    }

    private boolean sendOne() {
        List<Due> due = jdbc.query("SELECT d." + ENDPOINT_ID + ", d." + EVENT_ID + ", e." + EVENT_TYPE + ", e." + BODY + ", d."
                        + ATTEMPTS + ", p." + URL + ", p." + SECRET + ", p." + DISABLED_AT + " IS NOT NULL FROM " + DELIVERY
                        + " d JOIN " + EVENT + " e ON e." + EVENT_ID + " = d." + EVENT_ID + " JOIN " + ENDPOINT + " p ON p."
                        + ID + " = d." + ENDPOINT_ID + " WHERE d." + STATUS + " = 'PENDING' AND d." + NEXT_ATTEMPT_AT
                        + " <= ? ORDER BY d." + NEXT_ATTEMPT_AT + ", d." + OCCURRED_AT + " LIMIT 1 FOR UPDATE OF d SKIP LOCKED",
                (row, index) -> new Due(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), row.getString(6), row.getString(7), row.getBoolean(8)),
                Timestamp.from(clock.instant()));
        if (due.isEmpty()) {
            return false;
        }
        Due delivery = due.get(0);
        if (delivery.disabled()) {
            // Its endpoint was disabled after the filler wrote it: nobody wants it any more.
            jdbc.update("UPDATE " + DELIVERY + " SET " + STATUS + " = 'CANCELLED' WHERE " + ENDPOINT_ID + " = ? AND "
                    + EVENT_ID + " = ?", delivery.endpointId(), delivery.eventId());
            return true;
        }
        int attempt = delivery.attempts() + 1;
        Integer statusCode = null;
        String error = null;
        try {
            statusCode = post(delivery, attempt);
            if (statusCode < 200 || statusCode > 299) {
                error = "the receiver answered " + statusCode;
            }
        } catch (RuntimeException failure) {
            error = failure instanceof TargetRefused ? failure.getMessage() : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        record(delivery, attempt, statusCode, error);
        return true;
    }

    private int post(Due delivery, int attempt) {
        WebhookUrl url = WebhookUrl.of(delivery.url());
        List<InetAddress> addresses = targets.resolve(url.host());
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "commerce-webhooks/1");
        headers.put(EVENT_ID_HEADER, delivery.eventId());
        headers.put(EVENT_TYPE_HEADER, delivery.eventType());
        headers.put(ATTEMPT_HEADER, Integer.toString(attempt));
        headers.put(SIGNATURE, WebhookSignature.header(delivery.secret(), clock.instant(), body));
        return client.post(url, addresses, headers, body);
    }

    private void record(Due delivery, int attempt, Integer statusCode, String error) {
        Instant now = clock.instant();
        String shortError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        String status = error == null ? "DELIVERED" : attempt >= properties.maxAttempts() ? "FAILED" : "PENDING";
        if (error != null) {
            log.warn("Webhook of event {} to endpoint {}: try {} failed{}: {}", delivery.eventId(), delivery.endpointId(),
                    attempt, status.equals("FAILED") ? ", no more tries" : "", shortError);
        }
        jdbc.update("INSERT INTO " + ATTEMPT + " (" + ENDPOINT_ID + ", " + EVENT_ID + ", " + ATTEMPT_NUMBER + ", "
                        + ATTEMPTED_AT + ", " + STATUS_CODE + ", " + ERROR + ") VALUES (?, ?, ?, ?, ?, ?)",
                delivery.endpointId(), delivery.eventId(), attempt, Timestamp.from(now), statusCode, shortError);
        jdbc.update("UPDATE " + DELIVERY + " SET " + STATUS + " = ?, " + ATTEMPTS + " = ?, " + NEXT_ATTEMPT_AT + " = ?, "
                        + DELIVERED_AT + " = ?, " + LAST_STATUS_CODE + " = ?, " + LAST_ERROR + " = ? WHERE " + ENDPOINT_ID
                        + " = ? AND " + EVENT_ID + " = ?",
                status, attempt, Timestamp.from(now.plus(backoff.after(attempt))),
                error == null ? Timestamp.from(now) : null, statusCode, shortError, delivery.endpointId(), delivery.eventId());
    }
}
