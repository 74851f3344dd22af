package io.ultramarket.commerce.projections.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How projections run on the generations engine: the reconciliation, the grace and the token updates hold
 * for every projection, whatever its store; segments and batch size for those whose store names none (the
 * PostgreSQL read models; analytics has {@code commerce.analytics.*}).
 *
 * @param segments        segments per projection processor: instances of the app share them
 * @param batchSize       events applied per transaction
 * @param reconcileEvery  how often an instance aligns its processors with the generations table (other
 *                        instances' replays and switches are picked up this way)
 * @param retiredGrace    how long a switched-away generation is kept before its tables are dropped, so that
 *                        queries that started on it can finish
 * @param tokenUpdateInterval how often a segment records its position while the events it sees belong to
 *                        other segments; read-your-writes waits at most about this long for such a segment
 * @param switchCheckEvery how often, while a rebuild runs on this instance, it is checked for having caught up,
 *                        so that it is switched to without waiting for the next reconciliation
 */
@ConfigurationProperties("commerce.projections")
public record ProjectionsProperties(int segments, int batchSize, Duration reconcileEvery, Duration retiredGrace,
                                    Duration tokenUpdateInterval, Duration switchCheckEvery) {

    public ProjectionsProperties {
        if (segments < 0 || batchSize < 0) {
            throw new IllegalArgumentException("commerce.projections.segments and batch-size must not be negative");
        }
        segments = segments == 0 ? 2 : segments;
        batchSize = batchSize == 0 ? 100 : batchSize;
        reconcileEvery = reconcileEvery == null ? Duration.ofSeconds(2) : reconcileEvery;
        retiredGrace = retiredGrace == null ? Duration.ofSeconds(30) : retiredGrace;
        tokenUpdateInterval = tokenUpdateInterval == null ? Duration.ofMillis(500) : tokenUpdateInterval;
        switchCheckEvery = switchCheckEvery == null ? Duration.ofMillis(100) : switchCheckEvery;
    }
}
