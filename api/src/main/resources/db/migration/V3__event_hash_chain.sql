-- Every event carries a SHA-256 hash chained to the previous event of its aggregate, so that an edit of a
-- stored event shows (ADR 0010). The database computes it, in the inserting transaction, so that no writer
-- can forget it or get it wrong. The verifier (query-side, io.ultramarket.commerce.query.audit.EventHashChain)
-- recomputes exactly this encoding: change both together, in a new migration.
--
-- hash = sha256(previous event's hash (empty for sequence 0) || field || field || ...), where every field is
-- its 4-byte big-endian length followed by its bytes (text in UTF-8), or the length -1 alone for NULL, and the
-- sequence number is 8 bytes big-endian. Lengths make the concatenation unambiguous: ('ab','c') and
-- ('a','bc') hash differently, and so do NULL and ''.
ALTER TABLE domain_event_entry ADD COLUMN hash BYTEA;

CREATE FUNCTION event_hash_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION event_chain_hash(event domain_event_entry) RETURNS BYTEA
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
BEGIN
    IF event.sequence_number = 0 THEN
        previous := ''::BYTEA;
    ELSE
        -- Axon appends a batch in one transaction, so the previous event may be an uncommitted row of our own.
        SELECT hash INTO previous FROM domain_event_entry
        WHERE aggregate_identifier = event.aggregate_identifier AND sequence_number = event.sequence_number - 1;
        IF previous IS NULL THEN
            RAISE EXCEPTION 'event % (sequence % of aggregate %) has no hashed predecessor',
                event.event_identifier, event.sequence_number, event.aggregate_identifier;
        END IF;
    END IF;
    RETURN sha256(previous
        || event_hash_field(convert_to(event.event_identifier, 'UTF8'))
        || event_hash_field(convert_to(event.aggregate_identifier, 'UTF8'))
        || int8send(event.sequence_number)
        || event_hash_field(convert_to(event.type, 'UTF8'))
        || event_hash_field(convert_to(event.time_stamp, 'UTF8'))
        || event_hash_field(convert_to(event.payload_type, 'UTF8'))
        || event_hash_field(convert_to(event.payload_revision, 'UTF8'))
        || event_hash_field(event.payload)
        || event_hash_field(event.meta_data));
END
$$;

-- Events stored before this migration get their hashes in chain order, so that every chain starts at 0.
DO
$$
    DECLARE
        event domain_event_entry;
    BEGIN
        FOR event IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
            LOOP
                UPDATE domain_event_entry SET hash = event_chain_hash(event) WHERE global_index = event.global_index;
            END LOOP;
    END
$$;

ALTER TABLE domain_event_entry ALTER COLUMN hash SET NOT NULL;

CREATE FUNCTION domain_event_entry_hash() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    -- Whatever the writer sent is replaced: the hash is the database's statement, not the writer's.
    NEW.hash := event_chain_hash(NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_hash
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION domain_event_entry_hash();
