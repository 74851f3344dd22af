-- One row per webhook event applied, by the sender's own event id, written in the same transaction as the
-- command the event caused: a failed attempt leaves no row (the sender retries), a repeat finds the row
-- and changes nothing.
CREATE TABLE webhook_delivery (
    source      VARCHAR(64)  NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    event_type  VARCHAR(255) NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (source, event_id)
);
CREATE INDEX webhook_delivery_received_at_idx ON webhook_delivery (received_at);
