package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.query.live.StoreCommits;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listener that tells this instance's event store and live streams of commits on any instance (ADR 0055,
 * ADR 0061). With Axon Server the events are not in PostgreSQL, and nothing listens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class CommitAwareConfiguration {

    @Bean
    @ConditionalOnProperty(name = "commerce.event-store.commit-notifications", havingValue = "true", matchIfMissing = true)
    CommitNotifications commitNotifications(JdbcConnectionDetails database, EventStore events, StoreCommits commits) {
        return new CommitNotifications(database, events, commits);
    }
}
