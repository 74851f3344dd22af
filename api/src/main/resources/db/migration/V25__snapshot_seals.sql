-- A snapshot is trusted only with a seal: an HMAC, with a key kept outside the database, over the snapshot's
-- row and the chain hash of the last event it summarises (ADR 0044). A snapshot without a matching seal is
-- ignored and the aggregate rebuilt from its events. The app writes seals (V24's default rights).
CREATE TABLE snapshot_seal (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    seal                 BYTEA        NOT NULL,
    CONSTRAINT snapshot_seal_pk PRIMARY KEY (aggregate_identifier, sequence_number)
);
