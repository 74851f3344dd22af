package io.ultramarket.commerce.projections.runtime;

import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A generation's processor running in this instance, with the threads it owns. */
record RunningGeneration(Generation generation, PooledStreamingEventProcessor processor,
                         DeadLetteringEventHandlerInvoker deadLetters, ScheduledExecutorService coordinator,
                         ScheduledExecutorService workers) {

    void stop() {
        processor.shutdownAsync().orTimeout(30, TimeUnit.SECONDS).join();
        coordinator.shutdownNow();
        workers.shutdownNow();
    }
}
