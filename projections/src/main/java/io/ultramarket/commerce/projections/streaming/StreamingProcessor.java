package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.tracing.SpanFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pooled streaming processor from event 0 with its token in the token store, and the threads it owns. It
 * claims no more than its fair share of the segments while other instances of the app are alive. A
 * handler's failure propagates: the unit of work rolls back, the token stays where it was, and the segment
 * is claimed again after Axon's claim interval, so the batch is retried until the target is back. The
 * invoker decides what a failing event does before that: its owners give it a dead-letter queue, so that
 * an event the target refuses is parked instead of failing its batch for ever.
 */
public record StreamingProcessor(PooledStreamingEventProcessor processor, ScheduledExecutorService coordinator,
                                 ScheduledExecutorService workers) {

    /**
     * What every such processor needs: from Axon the events, where tokens go, the transactions and the spans
     * (Axon's, as its own processors have: each batch and each event handled is a span in the trace the event
     * carries in its metadata, ADR 0060); the live instances, whose number decides how many segments this
     * one claims; and how late a processor that nobody waits for wakes up ({@link Wakes#LATE}).
     */
    public record Infrastructure(StreamableMessageSource<TrackedEventMessage<?>> events, TokenStore tokenStore,
                                 TransactionManager transactions, LiveInstances instances,
                                 EventProcessorSpanFactory spans, SpanFactory handlerSpans,
                                 Duration backgroundWakeUpDelay) {

        /** The handler of the named processor, each event it handles a span of its own ({@link TracedHandler}). */
        public EventMessageHandler traced(String processor, EventMessageHandler handler) {
            return new TracedHandler(processor, handler, handlerSpans);
        }
    }

    /** When a processor idle at the head of the store wakes up to read the events that came (ADR 0111). */
    public enum Wakes {
        /** At once: someone may wait for what it writes (a read-your-writes read, the checkout's next step). */
        AT_ONCE,
        /**
         * {@link Infrastructure#backgroundWakeUpDelay} after the events came: nobody waits for what it writes (an
         * outbox, documents shipped elsewhere later), and it takes in one batch what came meanwhile.
         */
        LATE
    }

    public static StreamingProcessor start(String name, EventHandlerInvoker invoker, int segments, int batchSize,
                                           Infrastructure axon, Wakes wakes) {
        return start(name, invoker, segments, batchSize, axon, wakes, null, List.of());
    }

    /**
     * @param tokenUpdateInterval how often a segment stores its token while it only skips events (Axon's
     *                            claim extension threshold); null keeps Axon's default
     * @param interceptors        around each event's handling, in its unit of work; registered before the start
     */
    public static StreamingProcessor start(String name, EventHandlerInvoker invoker, int segments, int batchSize,
                                           Infrastructure axon, Wakes wakes, Duration tokenUpdateInterval,
                                           List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors) {
        ScheduledExecutorService coordinator = new CoordinatorThread(named(name + "-coordinator"));
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(segments, named(name + "-worker"));
        boolean late = wakes == Wakes.LATE && !axon.backgroundWakeUpDelay().isZero();
        PooledStreamingEventProcessor.Builder builder = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                // The delayed wake-ups wait on the workers' threads: the coordinator's shortens short pauses (ADR 0090).
                .messageSource(late ? new LateWakeUps(axon.events(), axon.backgroundWakeUpDelay(), workers) : axon.events())
                .tokenStore(axon.tokenStore())
                .transactionManager(axon.transactions())
                .spanFactory(axon.spans())
                .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                .errorHandler(PropagatingErrorHandler.instance())
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                // From the first event, as a plain token (ADR 0109). Axon's default wraps the start in a replay
                // token up to the head, which every event of the first pass then advances (two token comparisons
                // and a new wrapper per event) and every batch stores with the head's token inside; no handler here
                // asks whether it sees a replay (a house rule), so the wrapper only cost CPU. No token (null) reads
                // the store from its start, where an event still being committed below the first one read is a
                // gap to wait for.
                .initialToken(source -> null)
                // Asked before every claim: above its share the processor releases segments for the others.
                .maxSegmentProvider(processorName -> axon.instances().fairShare(processorName, segments))
                .tokenClaimInterval(axon.instances().claimInterval().toMillis())
                .batchSize(batchSize);
        if (tokenUpdateInterval != null) {
            builder.claimExtensionThreshold(tokenUpdateInterval.toMillis());
        }
        PooledStreamingEventProcessor processor = builder.build();
        interceptors.forEach(processor::registerHandlerInterceptor);
        processor.start();
        return new StreamingProcessor(processor, coordinator, workers);
    }

    /** Lets the processor release its segments, then ends its threads; gives up after 30 seconds. */
    public CompletableFuture<Void> stopAsync() {
        return processor.shutdownAsync()
                .orTimeout(30, TimeUnit.SECONDS)
                .handle((done, failure) -> {
                    coordinator.shutdownNow();
                    workers.shutdownNow();
                    return null;
                });
    }

    public void stop() {
        stopAsync().join();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
