-- Stored events are facts: once appended, nobody working through the app's connection rewrites, removes or
-- truncates them. Only someone who can switch triggers off (the table's owner, a superuser) could, and the
-- hash chain (V3) shows where they did.
CREATE FUNCTION refuse_event_rewrite() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'stored events are append-only: % on domain_event_entry is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();
