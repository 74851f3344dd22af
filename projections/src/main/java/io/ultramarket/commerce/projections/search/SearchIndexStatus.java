package io.ultramarket.commerce.projections.search;

import java.time.Instant;
import java.util.List;

/**
 * Where search stands: the index the alias points at, each generation's index with its documents in
 * PostgreSQL, how many of them Elasticsearch lacks, and how many Elasticsearch counts (absent while it
 * cannot be asked), and the indexer's latest failure while it keeps failing.
 */
public record SearchIndexStatus(String alias, List<String> aliasedIndices, List<GenerationIndex> generations,
                                int consecutiveFailures, String lastFailure, Instant lastShippedAt) {

    public record GenerationIndex(int generation, String state, String index, long documents, long pending,
                                  Long indexed) {
    }
}
