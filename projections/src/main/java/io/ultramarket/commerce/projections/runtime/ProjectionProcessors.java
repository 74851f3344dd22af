package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the event processor of one generation, whatever its store: pooled and segmented, from event 0, its
 * token in PostgreSQL, and a dead-letter queue of its own ({@code <projection>-g<n>}) where a poison event
 * is parked with the rest of its sequence instead of stopping the projection.
 */
class ProjectionProcessors {

    private final StreamingProcessor.Infrastructure axon;
    private final DeadLetterQueues deadLetterQueues;
    private final ProjectionsProperties properties;
    private final LocalCommits localCommits;

    ProjectionProcessors(StreamingProcessor.Infrastructure axon, DeadLetterQueues deadLetterQueues,
                         ProjectionsProperties properties, LocalCommits localCommits) {
        this.axon = axon;
        this.deadLetterQueues = deadLetterQueues;
        this.properties = properties;
        this.localCommits = localCommits;
    }

    RunningGeneration start(Generation generation, ProjectionStore store) {
        var queue = deadLetterQueues.queue(generation.processorName());
        var sequencing = store.sequencingPolicy(generation);
        AtomicReference<StreamingProcessor> started = new AtomicReference<>();
        ProjectionStore.GenerationWriter writer = store.writer(generation,
                new ProjectionStore.WriterContext(queue, () -> segmentsClaimed(started.get())));
        DeadLetteringEventHandlerInvoker invoker = deadLetterQueues.invoker(queue,
                axon.traced(generation.processorName(), writer.handler()), sequencing, !store.parksEventsItself());
        int segments = store.segments() > 0 ? store.segments() : properties.segments();
        int batchSize = store.batchSize() > 0 ? store.batchSize() : properties.batchSize();
        // Axon's default claim extension (5 s) lets a segment's stored token lag that long behind events it
        // skips: read-your-writes and the switch of a caught-up rebuild would wait for it.
        StreamingProcessor processor = StreamingProcessor.start(generation.processorName(), invoker, segments,
                batchSize, axon, store.wakes(), properties.tokenUpdateInterval(),
                List.of(localCommits.reporter(generation.processorName())));
        started.set(processor);
        return new RunningGeneration(generation, processor, invoker, writer, localCommits);
    }

    /** The segments this instance processes now; 1 until the processor has claimed any. */
    private static int segmentsClaimed(StreamingProcessor processor) {
        return processor == null ? 1 : Math.max(1, processor.processor().processingStatus().size());
    }
}
