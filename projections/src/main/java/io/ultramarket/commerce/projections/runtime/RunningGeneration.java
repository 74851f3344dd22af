package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;

import java.util.concurrent.CompletableFuture;

/** A generation's processor running in this instance, with its dead letters and its store's writer. */
record RunningGeneration(Generation generation, StreamingProcessor processor,
                         DeadLetteringEventHandlerInvoker deadLetters, ProjectionStore.GenerationWriter writer,
                         LocalCommits localCommits) {

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
