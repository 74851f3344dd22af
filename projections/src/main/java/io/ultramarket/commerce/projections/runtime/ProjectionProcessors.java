package io.ultramarket.commerce.projections.runtime;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.Serializer;
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
    private final ConnectionProvider connections;
    private final DeadLetterSchema deadLetterSchema;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final ProjectionsProperties properties;
    private final TransactionTemplate savepoints;

    ProjectionProcessors(StreamableMessageSource<TrackedEventMessage<?>> events, TokenStore tokenStore,
                         TransactionManager transactions, ConnectionProvider connections,
                         DeadLetterSchema deadLetterSchema, Serializer serializer, Serializer eventSerializer,
                         ProjectionsProperties properties, TransactionTemplate savepoints) {
        this.events = events;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.connections = connections;
        this.deadLetterSchema = deadLetterSchema;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        this.properties = properties;
        this.savepoints = savepoints;
    }

    RunningGeneration start(Generation generation, ReadModelProjection projection) {
        JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetters = JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(generation.processorName())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(deadLetterSchema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
        // A poison event is parked with the rest of its aggregate's events instead of stopping the projection.
        DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(new SavepointPerEvent(projection.eventHandler(generation), savepoints))
                .queue(deadLetters)
                .transactionManager(transactions)
                .build();
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
