-- The checkout saga's poison isolation (ParkedOrders in sagas/, ADR 0039): an order whose events keep failing
-- in the saga is parked here, and its events (the failing one first) wait in parked_order_event, in
-- event-store order, until an operator retries or evicts it. Every other order goes on.
CREATE TABLE parked_order (
    order_id           UUID          NOT NULL,
    processor          VARCHAR(255)  NOT NULL,
    failing_event_id   VARCHAR(255)  NOT NULL,
    failing_event_type VARCHAR(255)  NOT NULL,
    cause_type         VARCHAR(255)  NOT NULL,
    cause_message      TEXT          NOT NULL,
    attempts           INTEGER       NOT NULL,
    parked_at          TIMESTAMPTZ   NOT NULL,
    last_failed_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT parked_order_pk PRIMARY KEY (order_id)
);

CREATE INDEX parked_order_parked_at_idx ON parked_order (parked_at);

-- Only the event's identity and position: a retry reads the event itself from the event store again.
CREATE TABLE parked_order_event (
    event_identifier VARCHAR(255) NOT NULL,
    order_id         UUID         NOT NULL REFERENCES parked_order (order_id) ON DELETE CASCADE,
    global_index     BIGINT       NOT NULL,
    payload_type     VARCHAR(255) NOT NULL,
    queued_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT parked_order_event_pk PRIMARY KEY (event_identifier)
);

CREATE INDEX parked_order_event_order_idx ON parked_order_event (order_id, global_index);
