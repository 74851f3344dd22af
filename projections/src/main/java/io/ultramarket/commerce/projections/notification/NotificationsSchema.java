package io.ultramarket.commerce.projections.notification;

import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

/**
 * The notifications projection's tables: per generation, the customers' addresses (with the language of
 * their emails) and the orders' customers
 * it keeps from the events; and the one outbox (V31, not a generation's: it outlives replays) that
 * {@link NotificationWriter} fills and api's sender reads and updates.
 */
public final class NotificationsSchema {

    public static final String PROJECTION = "notifications";

    public static final String RECIPIENTS = "notification_recipient";
    public static final String ORDERS = "notification_order";
    public static final List<String> TABLES = List.of(RECIPIENTS, ORDERS);

    public static final String CUSTOMER_ID = "customer_id";
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    /** The order an email is about; null in the outbox for a staff alert (V33). */
    public static final String ORDER_ID = "order_id";
    /** The order total's amount as written at its currency's scale, e.g. {@code 30.00}. */
    public static final String TOTAL_AMOUNT = "total_amount";
    public static final String CURRENCY = "currency";

    public static final String OUTBOX = "notification_outbox";
    public static final String EVENT_ID = "event_id";
    public static final String KIND = "kind";
    /** One address, or a staff alert's several separated by commas (V33 made it TEXT). */
    public static final String RECIPIENT = "recipient";
    /** In the outbox the templates' language ({@code en}); among the recipients the customer's BCP 47 tag, or null. */
    public static final String LANGUAGE = "language";
    private static final String LANGUAGE_TYPE = "VARCHAR(35)";
    /** jsonb: the template's values by name, all strings. */
    public static final String VARIABLES = "variables";
    /** PENDING, SENT, FAILED or STALE. */
    public static final String STATUS = "status";
    public static final String ATTEMPTS = "attempts";
    public static final String OCCURRED_AT = "occurred_at";
    public static final String NEXT_ATTEMPT_AT = "next_attempt_at";
    public static final String SENT_AT = "sent_at";
    public static final String LAST_ERROR = "last_error";

    private NotificationsSchema() {
    }

    public static List<String> ddl(Generation generation) {
        return List.of(
                "CREATE TABLE " + generation.table(RECIPIENTS) + " (" + CUSTOMER_ID + " UUID PRIMARY KEY, "
                        + EMAIL + " VARCHAR(320), " + NAME + " TEXT, " + LANGUAGE + " " + LANGUAGE_TYPE + ")",
                "CREATE TABLE " + generation.table(ORDERS) + " (" + ORDER_ID + " UUID PRIMARY KEY, "
                        + CUSTOMER_ID + " UUID NOT NULL, " + TOTAL_AMOUNT + " VARCHAR(40) NOT NULL, "
                        + CURRENCY + " VARCHAR(3) NOT NULL)");
    }

    /** Brings a generation made before the recipients had a language to today's shape: its customers then have none. */
    public static List<String> upgrades(Generation generation) {
        return List.of("ALTER TABLE " + generation.table(RECIPIENTS) + " ADD COLUMN IF NOT EXISTS " + LANGUAGE + " "
                + LANGUAGE_TYPE);
    }
}
