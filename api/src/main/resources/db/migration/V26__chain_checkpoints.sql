-- Signed checkpoints of the event chain (ADR 0045): the store's head and the heads of the aggregates changed
-- since the previous checkpoint, signed with an Ed25519 key kept outside the database. Like the events, they
-- are only ever appended: the app's role may read and insert, and triggers refuse the rest to everyone who
-- has not switched them off.
CREATE TABLE chain_checkpoint (
    id                 BIGINT      NOT NULL,
    taken_at           VARCHAR(40) NOT NULL,
    head_position      BIGINT      NOT NULL,
    head_hash          BYTEA       NOT NULL,
    previous_signature BYTEA,
    public_key         BYTEA       NOT NULL,
    signature          BYTEA       NOT NULL,
    CONSTRAINT chain_checkpoint_pk PRIMARY KEY (id)
);

CREATE TABLE chain_checkpoint_head (
    checkpoint_id        BIGINT       NOT NULL REFERENCES chain_checkpoint (id),
    aggregate_identifier VARCHAR(255) NOT NULL,
    aggregate_type       VARCHAR(255),
    sequence_number      BIGINT       NOT NULL,
    position             BIGINT       NOT NULL,
    hash                 BYTEA        NOT NULL,
    CONSTRAINT chain_checkpoint_head_pk PRIMARY KEY (checkpoint_id, aggregate_identifier)
);

CREATE FUNCTION refuse_checkpoint_rewrite() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'chain checkpoints are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER chain_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON chain_checkpoint FOR EACH ROW EXECUTE FUNCTION refuse_checkpoint_rewrite();
CREATE TRIGGER chain_checkpoint_no_truncate
    BEFORE TRUNCATE ON chain_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION refuse_checkpoint_rewrite();
CREATE TRIGGER chain_checkpoint_head_append_only
    BEFORE UPDATE OR DELETE ON chain_checkpoint_head FOR EACH ROW EXECUTE FUNCTION refuse_checkpoint_rewrite();
CREATE TRIGGER chain_checkpoint_head_no_truncate
    BEFORE TRUNCATE ON chain_checkpoint_head FOR EACH STATEMENT EXECUTE FUNCTION refuse_checkpoint_rewrite();

DO
$$
    BEGIN
        IF current_user <> '${app_role}' THEN
            EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON chain_checkpoint, chain_checkpoint_head FROM %I', '${app_role}');
        END IF;
    END
$$;
