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
 * @param bulkSize     documents per bulk request of the indexer
 * @param pollInterval how often the indexer looks for changed documents, and its first wait after a failure
 * @param maxBackoff   the longest wait between attempts while Elasticsearch keeps failing
 * @param replicas     replicas of each new index (0 suits a single node)
 * @param priceBuckets ascending bounds of the price facet
 * @param inFlightGrace how long an index out of the alias stays before it is deleted, for searches still on it
 */
@ConfigurationProperties("commerce.search")
public record SearchProperties(String alias, int bulkSize, Duration pollInterval, Duration maxBackoff, int replicas,
                               List<BigDecimal> priceBuckets, Duration inFlightGrace) {

    public SearchProperties {
        alias = alias == null || alias.isBlank() ? "products" : alias;
        if (!alias.matches("[a-z][a-z0-9_-]{0,100}")) {
            throw new IllegalArgumentException("commerce.search.alias must be a lower-case Elasticsearch name, was " + alias);
        }
        if (bulkSize < 0 || replicas < 0) {
            throw new IllegalArgumentException("commerce.search.bulk-size and replicas must not be negative");
        }
        bulkSize = bulkSize == 0 ? 500 : bulkSize;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        inFlightGrace = inFlightGrace == null ? Duration.ofSeconds(5) : inFlightGrace;
        if (inFlightGrace.isNegative()) {
            throw new IllegalArgumentException("commerce.search.in-flight-grace must not be negative");
        }
        priceBuckets = priceBuckets == null || priceBuckets.isEmpty()
                ? List.of(new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("100"), new BigDecimal("250"))
                : List.copyOf(priceBuckets);
    }

    SearchIndexerSettings indexer() {
        return new SearchIndexerSettings(alias, bulkSize, pollInterval, maxBackoff, replicas, inFlightGrace);
    }
}
