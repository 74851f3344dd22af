package io.ultramarket.commerce.projections.search;

import java.time.Duration;

/**
 * How the indexer ships documents: the alias that searches use (each generation's index is named after it),
 * documents per bulk request, how often it looks for changed documents, the longest wait between attempts
 * while Elasticsearch fails, and the replicas of a new index.
 */
public record SearchIndexerSettings(String alias, int bulkSize, Duration pollInterval, Duration maxBackoff,
                                    int replicas) {
}
