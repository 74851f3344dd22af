package io.ultramarket.commerce.projections.streaming;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The tracking processors' (the checkout saga's, the relays') share of their segments among the live instances
 * (ADR 0074). Axon's tracking processor claims every free segment it has a thread for, so the instance that
 * starts first takes them all; it has no limit to ask, as the pooled processors have ({@link LiveInstances#fairShare}).
 * After every heartbeat ({@link LiveInstances#afterEachBeat}) this instance looks at what each of its tracking
 * processors holds, and lets go of what is above the processor's fair share when other instances that beat lately
 * have room for it ({@link LiveInstances#surplus}): Axon's {@code releaseSegment} ends the segment's worker after
 * the batch in hand, releases its claim with the token of the last batch committed, and keeps this instance from
 * claiming it again for {@link #holdOff}; the others' next claim round takes it from that token. An instance never
 * lets go of its share, so two instances never pass a segment to and fro; a segment let go that nobody took comes
 * back here after the hold-off.
 */
public final class TrackingProcessorsShare {

    private static final Logger log = LoggerFactory.getLogger(TrackingProcessorsShare.class);

    private final Supplier<Map<String, EventProcessor>> processors;
    private final LiveInstances instances;
    private final Duration holdOff;
    /** Per processor, the segments let go and until when they are not this instance's to claim (the heartbeat's thread's). */
    private final Map<String, Map<Integer, Long>> letGo = new HashMap<>();

    /** @param processors Axon's event processors by name (the tracking ones are balanced, the others left alone) */
    public TrackingProcessorsShare(Supplier<Map<String, EventProcessor>> processors, LiveInstances instances) {
        this.processors = processors;
        this.instances = instances;
        // Long enough for the others' claim round to come by (one interval) with room for a slow one.
        this.holdOff = instances.claimInterval().multipliedBy(3);
    }

    /** Lets go of what this instance holds above its share of every running tracking processor. */
    void balance() {
        processors.get().forEach((name, processor) -> {
            if (processor instanceof TrackingEventProcessor tracking && tracking.isRunning()) {
                balance(name, tracking);
            }
        });
    }

    private void balance(String name, TrackingEventProcessor processor) {
        long now = System.currentTimeMillis();
        Map<Integer, Long> pending = letGo.computeIfAbsent(name, processorName -> new HashMap<>());
        pending.values().removeIf(until -> until <= now);
        // Those let go a moment ago may still finish their batch: they are gone already.
        List<Integer> held = processor.processingStatus().keySet().stream()
                .filter(segment -> !pending.containsKey(segment))
                .sorted(Comparator.reverseOrder())
                .toList();
        int surplus = instances.surplus(name, processor.maxCapacity(), held.size());
        for (Integer segment : held.subList(0, surplus)) {
            processor.releaseSegment(segment, holdOff.toMillis(), TimeUnit.MILLISECONDS);
            pending.put(segment, now + holdOff.toMillis());
            log.info("Segment {} of {} let go for another instance: {} held here, {} instance(s) alive",
                    segment, name, held.size(), instances.alive());
        }
    }
}
