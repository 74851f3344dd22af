-- Outbound webhooks to merchants' systems (ADR 0058). None of these tables is a generation's: what was sent
-- cannot be rebuilt, so they outlive replays. The app's role gets SELECT, INSERT, UPDATE, DELETE by V24's defaults.

-- An endpoint registered by an admin. It receives the events of its types that occurred from created_at until
-- disabled_at: a rule of the event's own time, so that whenever the filler meets an event (late, again, after
-- a restart from an older token) it decides the same. The secret signs the deliveries; the API shows it once.
CREATE TABLE merchant_webhook_endpoint (
    id          UUID          PRIMARY KEY,
    url         VARCHAR(2048) NOT NULL,
    description VARCHAR(500),
    event_types TEXT[]        NOT NULL,
    secret      VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    disabled_at TIMESTAMPTZ
);

-- An event's published body, written once however many endpoints receive it.
CREATE TABLE merchant_webhook_event (
    event_id    VARCHAR(255) PRIMARY KEY,
    event_type  VARCHAR(100) NOT NULL,
    body        TEXT         NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL
);

-- One delivery per (endpoint, event): the key makes a replay or a retried batch add nothing.
CREATE TABLE merchant_webhook_delivery (
    endpoint_id      UUID         NOT NULL REFERENCES merchant_webhook_endpoint (id),
    event_id         VARCHAR(255) NOT NULL REFERENCES merchant_webhook_event (event_id),
    -- PENDING until the receiver answered 2xx (DELIVERED), out of tries (FAILED), or its endpoint was disabled (CANCELLED).
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    delivered_at     TIMESTAMPTZ,
    last_status_code INTEGER,
    last_error       TEXT,
    CONSTRAINT merchant_webhook_delivery_pk PRIMARY KEY (endpoint_id, event_id)
);

-- The sender's query: the due rows, oldest first.
CREATE INDEX merchant_webhook_delivery_due ON merchant_webhook_delivery (next_attempt_at, occurred_at) WHERE status = 'PENDING';
-- The delivery log of an endpoint, newest first.
CREATE INDEX merchant_webhook_delivery_log ON merchant_webhook_delivery (endpoint_id, occurred_at DESC, event_id);

-- Every try of a delivery: when, what the receiver answered (or why there was no answer).
CREATE TABLE merchant_webhook_attempt (
    endpoint_id  UUID         NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    attempt      INTEGER      NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    CONSTRAINT merchant_webhook_attempt_pk PRIMARY KEY (endpoint_id, event_id, attempt),
    CONSTRAINT merchant_webhook_attempt_delivery FOREIGN KEY (endpoint_id, event_id)
        REFERENCES merchant_webhook_delivery (endpoint_id, event_id)
);
