package io.ultramarket.commerce.aggregatecache;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The aggregate cache every aggregate names in its {@code @Aggregate(cache = "aggregateCache")} (ADR 0077). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateCacheProperties.class)
class AggregateCacheConfiguration {

    /**
     * Keeps up to {@code commerce.aggregate-cache.max-entries} loaded aggregates, so that a busy cart or stock item
     * is not rebuilt from its snapshot and events on every command, and serves one only while no other instance has
     * appended to it since. Axon evicts an entry when its unit of work rolls back, so a write that lost a race with
     * another instance (a ConcurrencyException) is reloaded from the store. The event store is looked up at the
     * first lookup: the aggregates' repositories, which take this cache, are built with Axon's configuration.
     */
    @Bean
    ValidatedAggregateCache aggregateCache(AggregateCacheProperties properties, ObjectProvider<EventStore> events) {
        return new ValidatedAggregateCache(properties,
                aggregateIdentifier -> events.getObject().lastSequenceNumberFor(aggregateIdentifier));
    }
}
