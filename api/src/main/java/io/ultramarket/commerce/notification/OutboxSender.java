package io.ultramarket.commerce.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.outbox.DueRows;
import io.ultramarket.commerce.outbox.RetryBackoff;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.notification.NotificationKind;
import io.ultramarket.commerce.projections.notification.NotificationsProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.ultramarket.commerce.projections.notification.NotificationsSchema.*;

/**
 * Sends the outbox's due emails, oldest first, one row per transaction: the row is locked ({@code FOR UPDATE
 * SKIP LOCKED}) while its email goes out and marked SENT in the same transaction, so two senders never take the
 * same row. The one gap is a crash between the SMTP server's acceptance and the commit: that email goes again
 * (at least once, never silently lost). Runs on db-scheduler's threads, never Netty's: sending blocks.
 */
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final TypeReference<Map<String, String>> VARIABLES_TYPE = new TypeReference<>() {
    };
    private static final int MAX_ERROR_LENGTH = 2000;
    // The W3C trace context's key, under which Axon's OpenTelemetry propagation stores it in metadata.
    private static final String TRACE_PARENT = "traceparent";

    /** A due row as stored: its kind and values are read inside the try, so a row that cannot be read fails alone. */
    private record Due(String eventId, String kind, String recipient, String language, String variables, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final DueRows dueRows;
    private final JavaMailSender mail;
    private final MailTemplates templates;
    private final JsonColumns json;
    private final Clock clock;
    private final NotificationsProperties properties;
    private final RetryBackoff backoff;
    private final SpanFactory spans;

    OutboxSender(JdbcTemplate jdbc, TransactionTemplate transactions, JavaMailSender mail, MailTemplates templates,
                 JsonColumns json, Clock clock, NotificationsProperties properties, SpanFactory spans) {
        this.jdbc = jdbc;
        this.dueRows = new DueRows(transactions, properties.batchSize());
        this.mail = mail;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.backoff = new RetryBackoff(properties.firstRetryAfter(), properties.maxRetryAfter());
        this.spans = spans;
    }

    /** Sends up to a batch of due emails; answers how many rows it took (sent, retried later or failed). */
    int sendDue() {
        return dueRows.takeEach(this::sendOne);
    }

    private boolean sendOne() {
        Instant now = clock.instant();
        List<Due> due = jdbc.query("SELECT " + EVENT_ID + ", " + KIND + ", " + RECIPIENT + ", " + LANGUAGE + ", "
                        + VARIABLES + "::text, " + ATTEMPTS + " FROM " + OUTBOX + " WHERE " + STATUS + " = 'PENDING' AND "
                        + NEXT_ATTEMPT_AT + " <= ? ORDER BY " + NEXT_ATTEMPT_AT + ", " + OCCURRED_AT
                        + " LIMIT 1 FOR UPDATE SKIP LOCKED",
                (row, index) -> new Due(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getInt(6)),
                Timestamp.from(now));
        if (due.isEmpty()) {
            return false;
        }
        Due email = due.get(0);
        int attempts = email.attempts() + 1;
        Span span = spanOf(email).start();
        try {
            send(email);
            mark(email, "SENT", attempts, now, null, now);
        } catch (RuntimeException | MessagingException failure) {
            span.recordException(failure);
            SmtpFailure refusal = SmtpFailure.of(failure);
            boolean giveUp = refusal.permanent() || attempts >= properties.maxAttempts();
            log.warn("Email {} of event {} to {} {} (try {}): {}", email.kind(), email.eventId(), email.recipient(),
                    giveUp ? "FAILED" : "not sent, will retry", attempts, refusal.description());
            mark(email, giveUp ? "FAILED" : "PENDING", attempts, now.plus(backoff.after(attempts)), refusal.description(), null);
        } finally {
            span.end();
        }
        return true;
    }

    /**
     * A span in the trace of the event the email tells of (ADR 0060): Axon stored that trace's context in the
     * event's metadata ({@code traceparent}), read back here by the event's id. An event stored without one, or no
     * longer in the store, makes a trace of its own.
     */
    private Span spanOf(Due email) {
        List<String> traceParent = jdbc.queryForList("SELECT convert_from(meta_data, 'UTF8')::jsonb ->> '" + TRACE_PARENT
                + "' FROM domain_event_entry WHERE event_identifier = ?", String.class, email.eventId());
        MetaData metaData = traceParent.isEmpty() || traceParent.get(0) == null ? MetaData.emptyInstance()
                : MetaData.with(TRACE_PARENT, traceParent.get(0));
        return spans.createChildHandlerSpan(() -> "OutboxSender.send " + email.kind(),
                new GenericMessage<>(email.eventId(), metaData));
    }

    private void send(Due email) throws MessagingException {
        RenderedMail rendered = templates.render(NotificationKind.valueOf(email.kind()), email.language(),
                json.read(email.variables(), VARIABLES_TYPE));
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(properties.from());
        // A customer's address, or the staff addresses of an alert (ADR 0059): one message to all of them.
        helper.setTo(InternetAddress.parse(email.recipient()));
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        mail.send(message);
    }

    private void mark(Due email, String status, int attempts, Instant nextAttempt, String error, Instant sentAt) {
        String shortError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        jdbc.update("UPDATE " + OUTBOX + " SET " + STATUS + " = ?, " + ATTEMPTS + " = ?, " + NEXT_ATTEMPT_AT + " = ?, "
                        + LAST_ERROR + " = ?, " + SENT_AT + " = ? WHERE " + EVENT_ID + " = ? AND " + KIND + " = ?",
                status, attempts, Timestamp.from(nextAttempt), shortError, sentAt == null ? null : Timestamp.from(sentAt),
                email.eventId(), email.kind());
    }
}
