package io.ultramarket.commerce.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.ultramarket.commerce.sagas.parking.PoisonProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code commerce.parked.items}, tagged {@code processor}: events waiting in the saga's parked orders and in
 * each processor's dead letters (projections, relays). Counted on a thread of its own every
 * {@code commerce.poison.gauge-refresh}, so that a scrape never queries the database (and never on Netty's
 * threads); a processor whose letters were all retried stays listed, at 0.
 */
@Component
class ParkedItemsGauge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParkedItemsGauge.class);

    private final ParkedItems parked;
    private final MultiGauge gauge;
    private final PoisonProperties properties;
    private final Map<String, Long> lastCounts = new LinkedHashMap<>();
    private ScheduledExecutorService refresher;

    ParkedItemsGauge(ParkedItems parked, MeterRegistry meters, PoisonProperties properties) {
        this.parked = parked;
        this.properties = properties;
        this.gauge = MultiGauge.builder("commerce.parked.items")
                .description("Events parked by poison isolation and waiting for an operator, by processor")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parked-items-gauge");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.gaugeRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }

    private void refresh() {
        try {
            Map<String, Long> counts = parked.countsByProcessor();
            lastCounts.replaceAll((processor, count) -> 0L);
            lastCounts.putAll(counts);
            gauge.register(lastCounts.entrySet().stream()
                    .map(entry -> MultiGauge.Row.of(Tags.of("processor", entry.getKey()), entry.getValue()))
                    .toList(), true);
        } catch (RuntimeException failure) {
            // The next refresh tries again; the gauge keeps its last values meanwhile.
            log.warn("Could not count parked items: {}", failure.toString());
        }
    }
}
