package io.ultramarket.commerce.aggregatecache;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

import java.util.function.Supplier;

/** The aggregate cache every aggregate names in its {@code @Aggregate(cache = "aggregateCache")} (ADR 0077). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateCacheProperties.class)
class AggregateCacheConfiguration {

    /**
     * Keeps up to {@code commerce.aggregate-cache.max-entries} loaded aggregates, so that a busy cart or stock item
     * is not rebuilt from its snapshot and events on every command, and serves one only while no other instance has
     * appended to it since. Axon evicts an entry when its unit of work rolls back, so a write that lost a race with
     * another instance (a ConcurrencyException) is reloaded from the store. The event store is looked up at the
     * first lookup, and kept: the aggregates' repositories, which take this cache, are built with Axon's
     * configuration; resolving the provider at every command cost a third as much CPU as the query itself.
     */
    @Bean
    ValidatedAggregateCache aggregateCache(AggregateCacheProperties properties, ObjectProvider<EventStore> events) {
        Supplier<EventStore> store = SingletonSupplier.of(events::getObject);
        return new ValidatedAggregateCache(properties,
                aggregateIdentifier -> store.get().lastSequenceNumberFor(aggregateIdentifier));
    }
}
