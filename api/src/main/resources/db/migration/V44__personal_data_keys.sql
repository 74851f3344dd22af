-- Crypto-shredding (ADR 0069): the keys that encrypt personal fields in stored events, one live key per subject
-- (a customer id, or a guest's cart id, or an order id for an order's later events), made on first use.
-- Erasure destroys a key: its bytes become NULL and destroyed_at is set; the row stays, so that what was
-- encrypted with it reads as erased and the export can say when. A subject written to after its erasure gets
-- a new key (a new kid); the old one stays destroyed. The app role reads and writes it through V24's defaults.
CREATE TABLE personal_data_key (
    kid          UUID        PRIMARY KEY,
    subject      UUID        NOT NULL,
    key_bytes    BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT personal_data_key_destroyed CHECK ((key_bytes IS NULL) = (destroyed_at IS NOT NULL))
);

CREATE UNIQUE INDEX personal_data_key_live_subject ON personal_data_key (subject) WHERE destroyed_at IS NULL;
CREATE INDEX personal_data_key_subject ON personal_data_key (subject);
