package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the event processor of one projection generation: pooled, segmented, with a dead-letter queue. */
class ProjectionProcessors {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final DeadLetterQueues deadLetterQueues;
    private final ProjectionsProperties properties;
    private final TransactionTemplate savepoints;
    private final TransientRetry retry;

    ProjectionProcessors(StreamableMessageSource<TrackedEventMessage<?>> events, TokenStore tokenStore,
                         TransactionManager transactions, DeadLetterQueues deadLetterQueues,
                         ProjectionsProperties properties, TransactionTemplate savepoints, TransientRetry retry) {
        this.events = events;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.deadLetterQueues = deadLetterQueues;
        this.properties = properties;
        this.savepoints = savepoints;
        this.retry = retry;
    }

    RunningGeneration start(Generation generation, ReadModelProjection projection) {
        // A poison event is parked with the rest of its sequence instead of stopping the projection.
        DeadLetteringEventHandlerInvoker invoker = deadLetterQueues.invoker(generation.processorName(),
                new SavepointPerEvent(projection.eventHandler(generation), savepoints, retry),
                projection.sequencingPolicy(generation));
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(
                named(generation.processorName() + "-coordinator"));
        int segments = projection.segments() > 0 ? projection.segments() : properties.segments();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(segments,
                named(generation.processorName() + "-worker"));
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(generation.processorName())
                .eventHandlerInvoker(invoker)
                .messageSource(events)
                .tokenStore(tokenStore)
                .transactionManager(transactions)
                .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                .errorHandler(PropagatingErrorHandler.instance())
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                .batchSize(properties.batchSize())
                // Axon's default (5 s) lets a segment's stored token lag that long behind events it skips.
                .claimExtensionThreshold(properties.tokenUpdateInterval().toMillis())
                .build();
        processor.start();
        return new RunningGeneration(generation, processor, invoker, coordinator, workers);
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
