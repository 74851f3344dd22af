-- The instances of the app that are alive: each writes its row every commerce.instances.heartbeat-every and
-- removes rows not written for commerce.instances.expire-after. From the count, each instance takes its fair
-- share of every processor's segments (ADR 0061). The times are the database's, so that the instances'
-- clocks need not agree. The app role reads and writes it through the default privileges of V24.
CREATE TABLE app_instance (
    instance_id VARCHAR(255) PRIMARY KEY,
    started_at  TIMESTAMPTZ  NOT NULL,
    seen_at     TIMESTAMPTZ  NOT NULL
);
