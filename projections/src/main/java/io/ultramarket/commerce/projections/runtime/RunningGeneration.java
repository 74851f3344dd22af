package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A generation's processor running in this instance, with its dead letters and its store's writer. */
record RunningGeneration(Generation generation, StreamingProcessor processor,
                         DeadLetteringEventHandlerInvoker deadLetters, ProjectionStore.GenerationWriter writer,
                         LocalCommits localCommits) {

    /**
     * The token each segment this instance processes has reached, by segment: committed, or skipped as another
     * segment's (Axon reports a batch's position after its commit).
     */
    Map<Integer, TrackingToken> reachedHere() {
        Map<Integer, TrackingToken> reached = new HashMap<>();
        processor.processor().processingStatus().forEach((segment, status) -> {
            if (status.getTrackingToken() != null) {
                reached.put(segment, WrappedToken.unwrapLowerBound(status.getTrackingToken()));
            }
        });
        return reached;
    }

    void stop() {
        stopAsync().join();
    }

    /**
     * Lets the processor release its segments (30 seconds at most), then releases what the writer holds and the
     * commits remembered for read-your-writes.
     */
    CompletableFuture<Void> stopAsync() {
        return processor.stopAsync().whenComplete((done, failure) -> {
            writer.onStop().run();
            localCommits.forget(generation.processorName());
        });
    }
}
