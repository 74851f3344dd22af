-- One generations engine for every projection, whatever its store (ADR 0051): the analytics projection's
-- generations (ClickHouse tables order_line_g<n>, ...) move from analytics_generation into
-- projection_generation under the projection name 'analytics', with their numbers, states and times. The
-- numbers are kept, so the processors' tokens and dead letters (analytics-g<n>, the engine's
-- <projection>-g<n>) and the ClickHouse tables (_g<n>) keep their owners: a running generation goes on where
-- it was, without a rebuild. projection_generation is already the app role's to read and write (V24).
INSERT INTO projection_generation (projection, generation, state, created_at, activated_at, retired_at)
SELECT 'analytics', generation, state, created_at, activated_at, retired_at
FROM analytics_generation;

DROP TABLE analytics_generation;
