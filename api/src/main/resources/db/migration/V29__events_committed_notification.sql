-- Several instances on one database (ADR 0055): an instance learns that another committed events without
-- waiting for its next poll. Every statement that appends events notifies the channel commerce_events;
-- PostgreSQL delivers the notification when (and only if) the transaction commits, folds the repeats of
-- one transaction into one, and hands it to every session that LISTENs (CommitNotifications, one
-- connection per instance). The function runs with the inserting role's rights; pg_notify needs none, and
-- functions are executable by every role, the app's (V24) included.
CREATE FUNCTION notify_events_committed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('commerce_events', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER domain_event_entry_notify
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION notify_events_committed();
