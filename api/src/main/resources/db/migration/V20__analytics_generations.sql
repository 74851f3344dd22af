-- The analytics projection writes its facts to ClickHouse, in tables of their own per generation
-- (order_line_g<n>, ...). This table, in PostgreSQL beside the processors' tokens, says which generation
-- answers the analysts' queries and which one a replay is building.
CREATE TABLE analytics_generation (
    generation   INTEGER     NOT NULL,
    state        VARCHAR(16) NOT NULL CHECK (state IN ('BUILDING', 'ACTIVE', 'RETIRED', 'DROPPED')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    activated_at TIMESTAMPTZ,
    retired_at   TIMESTAMPTZ,
    CONSTRAINT analytics_generation_pk PRIMARY KEY (generation)
);
CREATE UNIQUE INDEX analytics_generation_one_active ON analytics_generation (state) WHERE state = 'ACTIVE';
CREATE UNIQUE INDEX analytics_generation_one_building ON analytics_generation (state) WHERE state = 'BUILDING';
