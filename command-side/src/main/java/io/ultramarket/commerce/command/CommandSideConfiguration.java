package io.ultramarket.commerce.command;

import io.ultramarket.commerce.command.cache.AggregateCacheProperties;
import io.ultramarket.commerce.command.cache.ValidatedAggregateCache;
import io.ultramarket.commerce.command.cart.CartLimits;
import io.ultramarket.commerce.command.stock.LowStockDefault;
import io.ultramarket.commerce.command.stock.StockSnapshotProperties;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring of the write model: the tunable cart limits and the default low-stock threshold, which Axon
 * hands to the cart's and the stock item's command handlers as beans, the snapshot trigger the StockItem
 * aggregate names in its {@code @Aggregate}, and the aggregate cache every aggregate names.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CartLimits.class, StockSnapshotProperties.class, LowStockDefault.class,
        AggregateCacheProperties.class})
public class CommandSideConfiguration {

    /**
     * Keeps up to {@code commerce.aggregate-cache.max-entries} loaded aggregates, so that a busy cart or stock item
     * is not rebuilt from its events on every command, and serves one only while no other instance has appended
     * to it since (ADR 0077). Axon evicts an entry when its unit of work rolls back, so a write that lost a race
     * with another instance (a ConcurrencyException) is reloaded from the store. The event store is looked up at
     * the first lookup: the aggregates' repositories, which take this cache, are built with Axon's configuration.
     */
    @Bean
    public ValidatedAggregateCache aggregateCache(AggregateCacheProperties properties, ObjectProvider<EventStore> events) {
        return new ValidatedAggregateCache(properties,
                aggregateIdentifier -> events.getObject().lastSequenceNumberFor(aggregateIdentifier));
    }

    @Bean
    public SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter,
                                                              StockSnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}
