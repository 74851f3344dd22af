-- Read-model projections are rebuilt into generations: each generation has tables of its own
-- (<table>_g<n>), and a view named <table> points at the ACTIVE one. A replay builds a BUILDING generation
-- while the ACTIVE one keeps answering, then the views are switched in one transaction.
CREATE TABLE projection_generation (
    projection   VARCHAR(100) NOT NULL,
    generation   INTEGER      NOT NULL,
    state        VARCHAR(16)  NOT NULL CHECK (state IN ('BUILDING', 'ACTIVE', 'RETIRED', 'DROPPED')),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    activated_at TIMESTAMPTZ,
    retired_at   TIMESTAMPTZ,
    CONSTRAINT projection_generation_pk PRIMARY KEY (projection, generation)
);
CREATE UNIQUE INDEX projection_generation_one_active ON projection_generation (projection) WHERE state = 'ACTIVE';
CREATE UNIQUE INDEX projection_generation_one_building ON projection_generation (projection) WHERE state = 'BUILDING';

-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), in snake_case: poison events of a
-- projection wait here, with every later event of the same aggregate, until retried.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_id),
    CONSTRAINT dead_letter_entry_sequence_uq UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group_idx ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence_idx ON dead_letter_entry (processing_group, sequence_identifier);
