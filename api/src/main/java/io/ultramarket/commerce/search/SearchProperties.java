package io.ultramarket.commerce.search;

import io.ultramarket.commerce.projections.search.SearchIndexerSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Search settings (the Elasticsearch address itself is Spring Boot's {@code spring.elasticsearch.uris}).
 *
 * @param alias        the alias searches read; each generation's index is named {@code <alias>-g<n>-<created>}
 * @param bulkSize     documents per bulk request of the indexer (and rows per read of the changed documents)
 * @param pollInterval how often the indexer looks for changed documents, and its first wait after a failure
 * @param maxBackoff   the longest wait between attempts while Elasticsearch keeps failing
 * @param replicas     replicas of an index once the alias points at it (0 suits a single node); none while it is built
 * @param priceBuckets ascending bounds of the price facet
 * @param inFlightGrace how long an index out of the alias stays before it is deleted, for searches still on it
 * @param refreshInterval how soon a changed document becomes searchable in the index the alias points at (an
 *                     index being built is not refreshed until the alias moves to it)
 * @param requestCache whether searches ask Elasticsearch's shard request cache for their whole answer (hits
 *                     included); the cache is emptied at each refresh that changed the index, so it never
 *                     answers from older documents than an uncached search would
 * @param bulksInFlight how many bulk requests a reindex's copy keeps on their way at once, reading the next documents
 *                     from PostgreSQL meanwhile; Elasticsearch indexes one per write thread (ADR 0101)
 */
@ConfigurationProperties("commerce.search")
public record SearchProperties(String alias, int bulkSize, Duration pollInterval, Duration maxBackoff, int replicas,
                               List<BigDecimal> priceBuckets, Duration inFlightGrace,
                               Duration refreshInterval, Boolean requestCache, int bulksInFlight) {

    public SearchProperties {
        alias = alias == null || alias.isBlank() ? "products" : alias;
        if (!alias.matches("[a-z][a-z0-9_-]{0,100}")) {
            throw new IllegalArgumentException("commerce.search.alias must be a lower-case Elasticsearch name, was " + alias);
        }
        if (bulkSize < 0 || replicas < 0) {
            throw new IllegalArgumentException("commerce.search.bulk-size and replicas must not be negative");
        }
        bulkSize = bulkSize == 0 ? 5000 : bulkSize;
        if (bulksInFlight < 0) {
            throw new IllegalArgumentException("commerce.search.bulks-in-flight must not be negative, was " + bulksInFlight);
        }
        bulksInFlight = bulksInFlight == 0 ? 2 : bulksInFlight;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        inFlightGrace = inFlightGrace == null ? Duration.ofSeconds(5) : inFlightGrace;
        if (inFlightGrace.isNegative()) {
            throw new IllegalArgumentException("commerce.search.in-flight-grace must not be negative");
        }
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(1) : refreshInterval;
        if (refreshInterval.toMillis() < 1) {
            throw new IllegalArgumentException("commerce.search.refresh-interval must be at least 1ms, was " + refreshInterval);
        }
        requestCache = requestCache == null || requestCache;
        priceBuckets = priceBuckets == null || priceBuckets.isEmpty()
                ? List.of(new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("100"), new BigDecimal("250"))
                : List.copyOf(priceBuckets);
    }

    SearchIndexerSettings indexer() {
        return new SearchIndexerSettings(alias, bulkSize, pollInterval, maxBackoff, replicas, inFlightGrace, refreshInterval,
                bulksInFlight);
    }
}
