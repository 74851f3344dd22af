package io.ultramarket.commerce.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedProcessorMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final BoundedProcessorMetrics metrics = new BoundedProcessorMetrics(meters);

    @Test
    void aProcessorIsTimedAndCountedWithoutTheCapacityMonitorThatKeepsEveryMessageForTenMinutes() {
        MessageMonitor<? super EventMessage<?>> monitor = metrics.registerEventProcessor("stock-levels-g1");
        for (int event = 0; event < 1_000; event++) {
            MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage(event));
            if (event % 2 == 0) {
                callback.reportSuccess();
            } else {
                callback.reportIgnored();
            }
        }

        assertThat(names()).noneMatch(name -> name.endsWith(".capacity"))
                .contains("stock-levels-g1.ingestedCounter", "stock-levels-g1.successCounter",
                        "stock-levels-g1.ignoredCounter", "stock-levels-g1.latency");
        assertThat(meters.get("stock-levels-g1.ingestedCounter").counter().count()).isEqualTo(1_000);
        assertThat(meters.get("stock-levels-g1.successTimer").timer().count()).isEqualTo(500);
    }

    @Test
    void theTaggedRegistrationLeavesTheCapacityMonitorOutToo() {
        metrics.registerEventProcessor("orders-g1", message -> List.of(), message -> List.of())
                .onMessageIngested(GenericEventMessage.asEventMessage("placed")).reportSuccess();

        assertThat(names()).contains("orders-g1.ingestedCounter").noneMatch(name -> name.endsWith(".capacity"));
    }

    @Test
    void theCommandBusIsTimedAndCountedWithoutItToo() {
        metrics.registerCommandBus("commandBus")
                .onMessageIngested(GenericCommandMessage.asCommandMessage("add to cart")).reportSuccess();

        assertThat(names()).contains("commandBus.successTimer", "commandBus.ingestedCounter")
                .noneMatch(name -> name.endsWith(".capacity"));
    }

    private List<String> names() {
        return meters.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).toList();
    }
}
