-- How many times each generation of a search alias has been indexed again from its documents in PostgreSQL
-- (POST /admin/search/reindex), and up to which round the copy is complete: the generation's Elasticsearch index is
-- named after its latest round, so a reindex fills a new index while searches keep answering from the old one, and
-- the alias moves once the new one has every document (ADR 0101). No row: round 0, which needs no copy. The app
-- role reads and writes it through the default privileges of V24.
CREATE TABLE search_reindex (
    alias        VARCHAR(120) NOT NULL,
    generation   INT          NOT NULL,
    round        INT          NOT NULL,
    filled_round INT          NOT NULL DEFAULT 0,
    requested_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (alias, generation)
);
