-- Customer emails (ADR 0057): one row per (event, kind), written by the notifications projection in its
-- processor's transaction and sent by the sender task. The key is what makes a replay or a restart send
-- nothing twice: every generation of the projection inserts with ON CONFLICT DO NOTHING. The table is not a
-- generation's: it outlives replays. The app's role gets SELECT, INSERT, UPDATE, DELETE by V24's defaults.
CREATE TABLE notification_outbox (
    event_id        VARCHAR(255) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    order_id        UUID         NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    -- The template's values (name, order total, tracking number ...), as the event and the customer said them.
    variables       JSONB        NOT NULL,
    -- PENDING until sent (SENT), refused for good or out of tries (FAILED), or too old when first seen (STALE).
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT,
    CONSTRAINT notification_outbox_pk PRIMARY KEY (event_id, kind)
);

-- The sender's query: the due rows, oldest first.
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at, occurred_at) WHERE status = 'PENDING';
CREATE INDEX notification_outbox_order ON notification_outbox (order_id);
