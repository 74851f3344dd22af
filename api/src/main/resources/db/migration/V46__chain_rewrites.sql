-- One-time rewrites of stored events and what the chain was before them (ADR 0073). V47 seals the personal
-- fields of events stored in the clear before crypto-shredding (ADR 0069): their bytes change, so do their hashes
-- and those of every later event of their aggregates. The checkpoints signed before (tables and log file, ADR 0045,
-- 0052) recorded the old hashes: each rewritten event's old and new hash is kept here, so that the verification
-- ties a head recorded then to the event as it is now, and an auditor can follow the old chain into the new one.
-- Like the checkpoints, these rows are only ever appended.
CREATE TABLE chain_rewrite (
    id                BIGINT      NOT NULL,
    reason            TEXT        NOT NULL,
    rewritten_at      TIMESTAMPTZ NOT NULL,
    -- The store's newest event when the rewrite began, and its hash then and after.
    old_head_position BIGINT      NOT NULL,
    old_head_hash     BYTEA       NOT NULL,
    new_head_hash     BYTEA       NOT NULL,
    -- The newest signed checkpoint then: it and those before it recorded old hashes.
    last_checkpoint   BIGINT,
    events_rewritten  BIGINT      NOT NULL,
    events_rehashed   BIGINT      NOT NULL,
    CONSTRAINT chain_rewrite_pk PRIMARY KEY (id)
);

-- Every event whose hash the rewrite changed: those it rewrote and the later events of their aggregates.
CREATE TABLE chain_rewrite_event (
    -- Deferred: the migration records the events first and the rewrite, with the new head, at its end.
    rewrite_id   BIGINT NOT NULL REFERENCES chain_rewrite (id) DEFERRABLE INITIALLY DEFERRED,
    global_index BIGINT NOT NULL,
    old_hash     BYTEA  NOT NULL,
    new_hash     BYTEA  NOT NULL,
    CONSTRAINT chain_rewrite_event_pk PRIMARY KEY (global_index, rewrite_id)
);

CREATE FUNCTION refuse_chain_rewrite_change() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'chain rewrites are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER chain_rewrite_append_only
    BEFORE UPDATE OR DELETE ON chain_rewrite FOR EACH ROW EXECUTE FUNCTION refuse_chain_rewrite_change();
CREATE TRIGGER chain_rewrite_no_truncate
    BEFORE TRUNCATE ON chain_rewrite FOR EACH STATEMENT EXECUTE FUNCTION refuse_chain_rewrite_change();
CREATE TRIGGER chain_rewrite_event_append_only
    BEFORE UPDATE OR DELETE ON chain_rewrite_event FOR EACH ROW EXECUTE FUNCTION refuse_chain_rewrite_change();
CREATE TRIGGER chain_rewrite_event_no_truncate
    BEFORE TRUNCATE ON chain_rewrite_event FOR EACH STATEMENT EXECUTE FUNCTION refuse_chain_rewrite_change();

-- The app only reads them (the verification): only a migration, as the owner, writes them.
DO
$$
    BEGIN
        IF current_user <> '${app_role}' THEN
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON chain_rewrite, chain_rewrite_event FROM %I', '${app_role}');
        END IF;
    END
$$;
