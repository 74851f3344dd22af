package io.ultramarket.commerce.projections.merchantwebhook;

/**
 * The tables of merchants' webhooks (V32): endpoints, the events' bodies, one delivery per (endpoint, event) and
 * every attempt of it. Not a generation's tables: deliveries leave the system and cannot be rebuilt.
 */
public final class MerchantWebhooksSchema {

    public static final String ENDPOINT = "merchant_webhook_endpoint";
    public static final String ID = "id";
    public static final String URL = "url";
    public static final String DESCRIPTION = "description";
    /** text[]: the event types (simple names, e.g. {@code OrderShipped}) the endpoint receives. */
    public static final String EVENT_TYPES = "event_types";
    public static final String SECRET = "secret";
    public static final String CREATED_AT = "created_at";
    public static final String DISABLED_AT = "disabled_at";

    public static final String EVENT = "merchant_webhook_event";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    /** The JSON sent, exactly these bytes (UTF-8): what the signature covers. */
    public static final String BODY = "body";
    public static final String OCCURRED_AT = "occurred_at";

    public static final String DELIVERY = "merchant_webhook_delivery";
    public static final String ENDPOINT_ID = "endpoint_id";
    /** PENDING, DELIVERED, FAILED or CANCELLED. */
    public static final String STATUS = "status";
    public static final String ATTEMPTS = "attempts";
    public static final String NEXT_ATTEMPT_AT = "next_attempt_at";
    public static final String DELIVERED_AT = "delivered_at";
    public static final String LAST_STATUS_CODE = "last_status_code";
    public static final String LAST_ERROR = "last_error";

    public static final String ATTEMPT = "merchant_webhook_attempt";
    public static final String ATTEMPT_NUMBER = "attempt";
    public static final String ATTEMPTED_AT = "attempted_at";
    public static final String STATUS_CODE = "status_code";
    public static final String ERROR = "error";

    private MerchantWebhooksSchema() {
    }
}
