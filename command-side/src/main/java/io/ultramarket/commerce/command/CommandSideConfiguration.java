package io.ultramarket.commerce.command;

import io.ultramarket.commerce.command.cart.CartLimits;
import io.ultramarket.commerce.command.stock.StockSnapshotProperties;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring of the write model: the tunable cart limits, which Axon hands to the cart's command
 * handlers as a bean, and the snapshot trigger the StockItem aggregate names in its {@code @Aggregate}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CartLimits.class, StockSnapshotProperties.class})
public class CommandSideConfiguration {

    @Bean
    public SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter,
                                                              StockSnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}
