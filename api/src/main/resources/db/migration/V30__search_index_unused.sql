-- Since when each Elasticsearch index of a search alias has been unused (out of the alias, its generation
-- dropped). The search indexer deletes an index a grace period after that moment; kept here, not in one
-- instance's memory, the grace holds whichever instance has the indexer's turn (ADR 0056). The app role
-- reads and writes it through the default privileges of V24.
CREATE TABLE search_index_unused (
    index_name   VARCHAR(255) PRIMARY KEY,
    alias        VARCHAR(120) NOT NULL,
    unused_since TIMESTAMPTZ  NOT NULL
);
CREATE INDEX search_index_unused_alias ON search_index_unused (alias);
