package io.ultramarket.commerce.projections.search;

import java.time.Duration;

/**
 * How the indexer ships documents: the alias that searches use (each generation's index is named after it),
 * documents per bulk request, how often it looks for changed documents, the longest wait between attempts
 * while Elasticsearch fails, the replicas of an index once the alias points at it, how long an index stays after
 * it was first seen unused (a search that resolved the alias just before it moved may still be running there),
 * the refresh interval of an index once the alias points at it (while it is built, it has no replicas and no
 * periodic refresh: ADR 0078), and how many bulks a reindex's copy keeps on their way at once (ADR 0101).
 */
public record SearchIndexerSettings(String alias, int bulkSize, Duration pollInterval, Duration maxBackoff,
                                    int replicas, Duration inFlightGrace, Duration refreshInterval, int bulksInFlight) {

    /** The refresh interval as Elasticsearch writes it: whole milliseconds. */
    String refreshIntervalSetting() {
        return refreshInterval.toMillis() + "ms";
    }
}
