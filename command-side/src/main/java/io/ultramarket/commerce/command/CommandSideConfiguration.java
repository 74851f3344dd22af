package io.ultramarket.commerce.command;

import io.ultramarket.commerce.command.cart.CartLimits;
import io.ultramarket.commerce.command.stock.LowStockDefault;
import io.ultramarket.commerce.command.stock.StockSnapshotProperties;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring of the write model: the tunable cart limits and the default low-stock threshold, which Axon
 * hands to the cart's and the stock item's command handlers as beans, and the snapshot trigger the StockItem
 * aggregate names in its {@code @Aggregate}. The aggregate cache every aggregate names ({@code aggregateCache})
 * is the app's: it checks cached aggregates against the event store (api's {@code aggregatecache}, ADR 0077).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CartLimits.class, StockSnapshotProperties.class, LowStockDefault.class})
public class CommandSideConfiguration {

    @Bean
    public SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter,
                                                              StockSnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}
