package io.ultramarket.commerce.search;

import io.ultramarket.commerce.projections.search.SearchIndexer;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndexer} in /actuator/health: DOWN while shipping documents to Elasticsearch keeps failing
 * (they wait in PostgreSQL meanwhile), with the number of attempts and the latest failure. Beside it,
 * Spring Boot's {@code elasticsearch} indicator shows whether the cluster answers. {@code turn} says whether
 * this instance ran the latest cycle, or skipped it because another instance was running one (ADR 0056).
 */
@Component("searchIndexerHealthIndicator")
@ConditionalOnProperty(prefix = "spring.elasticsearch", name = "uris")
class SearchIndexerHealth implements HealthIndicator {

    private final SearchIndexer indexer;

    SearchIndexerHealth(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public Health health() {
        int failures = indexer.consecutiveFailures();
        Health.Builder health = failures == 0 ? Health.up() : Health.down();
        health.withDetail("consecutiveFailures", failures);
        health.withDetail("turn", indexer.hadTheTurn() ? "here" : "another instance");
        indexer.lastFailure().ifPresent(failure -> health.withDetail("lastFailure", failure));
        return health.build();
    }
}
