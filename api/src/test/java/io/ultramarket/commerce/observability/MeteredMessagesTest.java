package io.ultramarket.commerce.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MeteredMessagesTest {

    private static final Function<Message<?>, Iterable<io.micrometer.core.instrument.Tag>> BY_PAYLOAD =
            message -> Tags.of("payloadType", message.getPayloadType().getSimpleName());

    private final MockClock clock = new MockClock();

    @Test
    void servesTheMetersAxonsOwnMonitorsServeWithTheSameCountsAndTimes() {
        MeterRegistry axons = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MeterRegistry ours = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor<? super EventMessage<?>> axon = new MultiMessageMonitor<EventMessage<?>>(List.of(
                MessageTimerMonitor.builder().meterNamePrefix("orders-g1").meterRegistry(axons).clock(clock)
                        .tagsBuilder(BY_PAYLOAD).build(),
                EventProcessorLatencyMonitor.builder().meterNamePrefix("orders-g1").meterRegistry(axons).clock(clock)
                        .build(),
                MessageCountingMonitor.buildMonitor("orders-g1", axons, BY_PAYLOAD)));
        MeteredMessages metered = MeteredMessages.processedBy("orders-g1", ours, BY_PAYLOAD, message -> Tags.empty());

        for (int event = 0; event < 30; event++) {
            Object payload = event % 3 == 0 ? "text" : event;
            EventMessage<?> message = new GenericEventMessage<>(GenericEventMessage.asEventMessage(payload),
                    () -> Instant.ofEpochMilli(clock.wallTime()).minusMillis(7));
            MessageMonitor.MonitorCallback byAxon = axon.onMessageIngested(message);
            MessageMonitor.MonitorCallback byUs = metered.onMessageIngested(message);
            clock.add(event, TimeUnit.MILLISECONDS);
            report(byAxon, event);
            report(byUs, event);
        }

        // Per payload type: 4 timers with 6 percentile gauges each, 5 counters; and one latency gauge.
        assertThat(described(ours)).isEqualTo(described(axons)).hasSize(2 * (4 + 4 * 6 + 5) + 1);
        for (Meter meter : axons.getMeters()) {
            Meter same = ours.find(meter.getId().getName()).tags(meter.getId().getTags()).meter();
            assertThat(same.measure()).as(meter.getId().toString()).hasToString(meter.measure().toString());
        }
    }

    @Test
    void looksItsMetersUpOncePerTagSetNotAtEveryMessage() {
        MeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        AtomicInteger lookups = new AtomicInteger();
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                lookups.incrementAndGet();
                return id;
            }
        });
        MeteredMessages metered = MeteredMessages.processedBy("stock-levels-g1", registry, message -> Tags.empty(),
                message -> Tags.empty());

        for (int event = 0; event < 1_000; event++) {
            metered.onMessageIngested(GenericEventMessage.asEventMessage(event)).reportSuccess();
        }

        assertThat(lookups).hasValue(10);
        assertThat(registry.get("stock-levels-g1.ingestedCounter").counter().count()).isEqualTo(1_000);
        assertThat(registry.get("stock-levels-g1.successTimer").timer().count()).isEqualTo(1_000);
    }

    @Test
    void theLatencyIsTheLastEventsAgeWhenItWasHandled() {
        MeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MeteredMessages metered = MeteredMessages.processedBy("carts-g1", registry, message -> Tags.empty(),
                message -> Tags.empty());
        clock.add(Duration.ofDays(1));
        Instant now = Instant.ofEpochMilli(clock.wallTime());

        metered.onMessageIngested(eventAt(now.minusMillis(1_500)));
        metered.onMessageIngested(eventAt(now.minusMillis(40)));

        assertThat(registry.get("carts-g1.latency").gauge().value()).isEqualTo(40);
    }

    @Test
    void aBusIsTimedAndCountedWithoutALatency() {
        MeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor.MonitorCallback callback = MeteredMessages.handledBy("commandBus", registry, BY_PAYLOAD)
                .onMessageIngested(GenericEventMessage.asEventMessage("add to cart"));
        clock.add(25, TimeUnit.MILLISECONDS);
        callback.reportFailure(new IllegalStateException("refused"));

        assertThat(registry.find("commandBus.latency").meter()).isNull();
        assertThat(registry.get("commandBus.failureTimer").tag("payloadType", "String").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(25);
        assertThat(registry.get("commandBus.processedCounter").counter().count()).isEqualTo(1);
    }

    private static void report(MessageMonitor.MonitorCallback callback, int event) {
        switch (event % 5) {
            case 0 -> callback.reportFailure(new IllegalStateException("refused"));
            case 1 -> callback.reportIgnored();
            default -> callback.reportSuccess();
        }
    }

    private static EventMessage<?> eventAt(Instant timestamp) {
        return new GenericEventMessage<>(GenericEventMessage.asEventMessage("reserved"), () -> timestamp);
    }

    private static Set<String> described(MeterRegistry registry) {
        return registry.getMeters().stream()
                .map(meter -> meter.getId().getType() + " " + meter.getId().getName() + " " + meter.getId().getTags())
                .collect(Collectors.toSet());
    }
}
