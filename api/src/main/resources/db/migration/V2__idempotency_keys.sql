-- One row per Idempotency-Key a client used, written in the same transaction as the command's events:
-- the row exists exactly when the command's effects exist, so a failed attempt leaves nothing behind.
CREATE TABLE idempotency_key (
    scope        VARCHAR(255) NOT NULL,
    key          VARCHAR(255) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_key_pk PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
