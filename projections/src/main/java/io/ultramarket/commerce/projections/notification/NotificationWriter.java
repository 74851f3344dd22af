package io.ultramarket.commerce.projections.notification;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.stock.LowStockReached;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.projections.notification.NotificationsSchema.*;

/**
 * One generation of the notifications projection: keeps customers' addresses and orders' customers from the
 * events, and puts an email about each order event in the outbox, in the processor's transaction; and one to
 * the configured staff addresses when a stock item runs low (ADR 0059). The outbox key (event id, kind) makes a
 * repeat a no-op, whichever generation meets the event again.
 *
 * <p>An order whose customer has no record with an email (a guest's, ADR 0037, or a customer who never
 * signed in to the API before ordering) gets no email: there is nowhere to send it.
 */
class NotificationWriter {

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final Clock clock;
    private final NotificationsProperties properties;
    private final String recipients;
    private final String orders;

    NotificationWriter(JdbcTemplate jdbc, JsonColumns json, Clock clock, NotificationsProperties properties,
                       String recipients, String orders) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.recipients = recipients;
        this.orders = orders;
    }

    @EventHandler
    void on(CustomerRegistered event) {
        remember(event.customerId(), event.email(), event.name(), event.language());
    }

    @EventHandler
    void on(CustomerDetailsChanged event) {
        remember(event.customerId(), event.email(), event.name(), event.language());
    }

    @EventHandler
    void on(OrderPlaced event) {
        jdbc.update("INSERT INTO " + orders + " (" + ORDER_ID + ", " + CUSTOMER_ID + ", " + TOTAL_AMOUNT + ", " + CURRENCY
                        + ") VALUES (?, ?, ?, ?) ON CONFLICT (" + ORDER_ID + ") DO NOTHING",
                event.orderId(), event.customerId(), event.total().amount().toPlainString(), event.total().currency().getCurrencyCode());
    }

    @EventHandler
    void on(OrderConfirmed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(event.orderId(), NotificationKind.ORDER_CONFIRMED, eventId, at, Map.of());
    }

    @EventHandler
    void on(OrderShipped event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(event.orderId(), NotificationKind.ORDER_SHIPPED, eventId, at,
                Map.of("carrier", event.carrier(), "trackingNumber", event.trackingNumber()));
    }

    @EventHandler
    void on(OrderDelivered event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(event.orderId(), NotificationKind.ORDER_DELIVERED, eventId, at, Map.of());
    }

    @EventHandler
    void on(OrderCancelled event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(event.orderId(), NotificationKind.ORDER_CANCELLED, eventId, at,
                Map.of("reason", event.reason() == null ? "" : event.reason()));
    }

    @EventHandler
    void on(PaymentRefunded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(event.orderId(), NotificationKind.PAYMENT_REFUNDED, eventId, at,
                Map.of("refundAmount", event.amount().amount().toPlainString(),
                        "refundCurrency", event.amount().currency().getCurrencyCode()));
    }

    /**
     * One email to all staff addresses, as configured when the alert is first met: a replay finds its row and
     * adds none, even for addresses configured since. No alert goes back above the threshold: the item
     * recovered by what staff did (a receipt) or by an order given up, and neither asks anything of them.
     */
    @EventHandler
    void on(LowStockReached event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (properties.staffAddresses().isEmpty()) {
            return;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("sku", event.stockItemId().sku().value());
        variables.put("warehouse", event.stockItemId().warehouse().value());
        variables.put("available", Integer.toString(event.available()));
        variables.put("threshold", Integer.toString(event.threshold()));
        enqueue(eventId, NotificationKind.LOW_STOCK_REACHED, null, String.join(", ", properties.staffAddresses()),
                properties.defaultLanguage(), variables, at);
    }

    private void remember(UUID customerId, String email, String name, String language) {
        jdbc.update("INSERT INTO " + recipients + " (" + CUSTOMER_ID + ", " + EMAIL + ", " + NAME + ", " + LANGUAGE
                        + ") VALUES (?, ?, ?, ?) ON CONFLICT (" + CUSTOMER_ID + ") DO UPDATE SET " + EMAIL + " = excluded."
                        + EMAIL + ", " + NAME + " = excluded." + NAME + ", " + LANGUAGE + " = excluded." + LANGUAGE,
                customerId, email, name, language);
    }

    private record Addressee(String email, String name, String language, String total, String currency) {
    }

    private void notify(UUID orderId, NotificationKind kind, String eventId, Instant at, Map<String, String> details) {
        List<Addressee> addressees = jdbc.query("SELECT r." + EMAIL + ", r." + NAME + ", r." + LANGUAGE + ", o." + TOTAL_AMOUNT
                        + ", o." + CURRENCY
                        + " FROM " + orders + " o JOIN " + recipients + " r ON r." + CUSTOMER_ID + " = o." + CUSTOMER_ID
                        + " WHERE o." + ORDER_ID + " = ? AND r." + EMAIL + " IS NOT NULL",
                (row, index) -> new Addressee(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)),
                orderId);
        if (addressees.isEmpty()) {
            return;
        }
        Addressee to = addressees.get(0);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("orderId", orderId.toString());
        variables.put("name", to.name() == null ? "" : to.name());
        variables.put("total", to.total());
        variables.put("currency", to.currency());
        variables.putAll(details);
        enqueue(eventId, kind, orderId, to.email(), properties.languageFor(to.language()), variables, at);
    }

    /**
     * {@code recipients}: one address, or several separated by commas (RFC 5322's address list); {@code language}
     * that of the templates.
     */
    private void enqueue(String eventId, NotificationKind kind, UUID orderId, String recipients, String language,
                         Map<String, String> variables, Instant at) {
        Instant now = clock.instant();
        // The first run over an existing store meets months of orders: those are recorded, not sent.
        String status = at.isBefore(now.minus(properties.staleAfter())) ? "STALE" : "PENDING";
        jdbc.update("INSERT INTO " + OUTBOX + " (" + EVENT_ID + ", " + KIND + ", " + ORDER_ID + ", " + RECIPIENT + ", "
                        + LANGUAGE + ", " + VARIABLES + ", " + STATUS + ", " + OCCURRED_AT + ", " + NEXT_ATTEMPT_AT
                        + ") VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT (" + EVENT_ID + ", " + KIND + ") DO NOTHING",
                eventId, kind.name(), orderId, recipients, language, json.write(variables), status,
                java.sql.Timestamp.from(at), java.sql.Timestamp.from(now));
    }
}
