package io.ultramarket.commerce.command;

import io.ultramarket.commerce.command.cart.CartLimits;
import io.ultramarket.commerce.command.stock.LowStockDefault;
import io.ultramarket.commerce.command.stock.StockSnapshotProperties;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring of the write model: the tunable cart limits and the default low-stock threshold, which Axon
 * hands to the cart's and the stock item's command handlers as beans, the snapshot trigger the StockItem
 * aggregate names in its {@code @Aggregate}, and the aggregate cache every aggregate names.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CartLimits.class, StockSnapshotProperties.class, LowStockDefault.class})
public class CommandSideConfiguration {

    /**
     * Keeps loaded aggregates in memory while the JVM can spare them, so a busy cart or stock item is not
     * rebuilt from its events on every command. Axon evicts an entry when its unit of work rolls back, so a
     * write that lost a race with another instance (a ConcurrencyException) is reloaded from the store.
     */
    @Bean
    public Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter,
                                                              StockSnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}
