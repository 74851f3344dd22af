package io.ultramarket.commerce.projections.runtime;

import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A generation's processor running in this instance, with the threads it owns. */
record RunningGeneration(Generation generation, PooledStreamingEventProcessor processor,
                         DeadLetteringEventHandlerInvoker deadLetters, ScheduledExecutorService coordinator,
                         ScheduledExecutorService workers) {

    void stop() {
        stopAsync().join();
    }

    /** Lets the processor release its segments, then ends its threads; gives up after 30 seconds. */
    CompletableFuture<Void> stopAsync() {
        return processor.shutdownAsync()
                .orTimeout(30, TimeUnit.SECONDS)
                .handle((done, failure) -> {
                    coordinator.shutdownNow();
                    workers.shutdownNow();
                    return null;
                });
    }
}
