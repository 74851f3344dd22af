package io.ultramarket.commerce.command;

import io.ultramarket.commerce.command.cart.CartLimits;
import io.ultramarket.commerce.command.stock.LowStockDefault;
import io.ultramarket.commerce.command.stock.StockItem;
import io.ultramarket.commerce.command.stock.StockSnapshotProperties;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommandSideConfigurationTest {

    private final List<String> snapshotted = new ArrayList<>();

    private AnnotationConfigApplicationContext start(Map<String, Object> properties) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.registerBean(Snapshotter.class, () -> (aggregateType, aggregateId) -> snapshotted.add(aggregateId));
        context.register(CommandSideConfiguration.class);
        context.refresh();
        return context;
    }

    @Test
    void limitsAndSnapshotThresholdFallBackToTheirDefaults() {
        try (AnnotationConfigApplicationContext context = start(Map.of())) {
            assertThat(context.getBean(CartLimits.class)).isEqualTo(new CartLimits(99, 50));
            assertThat(context.getBean(StockSnapshotProperties.class).snapshotThreshold()).isEqualTo(100);
            assertThat(context.getBean(LowStockDefault.class).threshold()).isEmpty();
        }
    }

    @Test
    void theDefaultLowStockThresholdComesFromTheCommerceStockProperties() {
        try (AnnotationConfigApplicationContext context = start(Map.of("commerce.stock.default-low-stock-threshold", "5"))) {
            assertThat(context.getBean(LowStockDefault.class).threshold()).hasValue(5);
        }
    }

    @Test
    void aDefaultLowStockThresholdOutOfRangeFailsTheStart() {
        assertThat(LowStockDefault.of(0).threshold()).hasValue(0);
        assertThatIllegalArgumentException().isThrownBy(() -> LowStockDefault.of(-1))
                .withMessageContaining("commerce.stock.default-low-stock-threshold");
        assertThatIllegalArgumentException().isThrownBy(() -> LowStockDefault.of(1_000_001))
                .withMessageContaining("between 0 and 1000000");
    }

    @Test
    void cartLimitsComeFromTheCommerceCartProperties() {
        try (AnnotationConfigApplicationContext context = start(Map.of(
                "commerce.cart.max-quantity-per-line", "5", "commerce.cart.max-lines-per-cart", "7"))) {
            assertThat(context.getBean(CartLimits.class)).isEqualTo(new CartLimits(5, 7));
        }
    }

    @Test
    void aStockItemIsSnapshottedEveryThresholdEvents() {
        try (AnnotationConfigApplicationContext context = start(Map.of("commerce.stock.snapshot-threshold", "3"))) {
            SnapshotTrigger trigger = context.getBean("stockItemSnapshotTrigger", SnapshotTriggerDefinition.class)
                    .prepareTrigger(StockItem.class);

            trigger.eventHandled(new GenericDomainEventMessage<>("StockItem", "MUG-1@BER-1", 0, "registered"));
            trigger.eventHandled(new GenericDomainEventMessage<>("StockItem", "MUG-1@BER-1", 1, "received"));
            assertThat(snapshotted).isEmpty();

            trigger.eventHandled(new GenericDomainEventMessage<>("StockItem", "MUG-1@BER-1", 2, "reserved"));
            assertThat(snapshotted).containsExactly("MUG-1@BER-1");
        }
    }
}
