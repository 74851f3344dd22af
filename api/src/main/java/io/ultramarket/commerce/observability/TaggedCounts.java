package io.ultramarket.commerce.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gauge with one row per value of a tag, all replaced at each refresh. A value seen once stays listed, at 0,
 * when it is gone from the source (a processor whose letters were all retried, a stage no saga is in now), so
 * that a graph falls to 0 instead of ending at its last value.
 */
public final class TaggedCounts {

    private final MultiGauge gauge;
    private final Tags common;
    private final String tag;
    private final Map<String, Number> last = new LinkedHashMap<>();

    public TaggedCounts(MeterRegistry meters, String name, String description, Tags common, String tag) {
        this.gauge = MultiGauge.builder(name).description(description).register(meters);
        this.common = common;
        this.tag = tag;
    }

    public synchronized void update(Map<String, ? extends Number> counts) {
        last.replaceAll((value, count) -> 0L);
        last.putAll(counts);
        gauge.register(last.entrySet().stream()
                .map(row -> MultiGauge.Row.of(common.and(tag, row.getKey()), row.getValue()))
                .toList(), true);
    }
}
