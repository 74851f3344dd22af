package io.ultramarket.commerce.sagas.parking;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Retry and eviction of parked orders. A retry hands the queued events of the order, oldest first, to the
 * saga processor's own handler (its interceptors and saga manager), each in a transaction of its own that
 * also removes it from the queue. Events the saga causes meanwhile are queued behind the order by the
 * processor, and handled by the same retry, until the queue is empty: then the order is unparked. If an
 * event fails again, the order stays parked from that event on, with the new reason.
 */
public class ParkedOrderRetry {

    private static final Logger log = LoggerFactory.getLogger(ParkedOrderRetry.class);

    private final ParkedOrders parkedOrders;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionManager axonTransactions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ParkedOrderRetry(ParkedOrders parkedOrders, EventProcessingConfiguration processing, EventStore eventStore,
                     TransactionManager axonTransactions, TransactionTemplate transactions, Clock clock) {
        this.parkedOrders = parkedOrders;
        this.processing = processing;
        this.eventStore = eventStore;
        this.axonTransactions = axonTransactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return true when every queued event was handled and the order is no longer parked */
    public boolean retry(UUID orderId) {
        parkedOrders.find(orderId).orElseThrow(() -> new UnknownParkedOrder(orderId));
        AbstractEventProcessor processor = processing.eventProcessor(parkedOrders.processor(), AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + parkedOrders.processor()));
        while (true) {
            Optional<QueuedEvent> next = parkedOrders.nextQueued(orderId);
            if (next.isEmpty()) {
                if (unparkIfDrained(orderId)) {
                    log.info("Order {} unparked: its queued events were handled", orderId);
                    return true;
                }
                continue;
            }
            Optional<Throwable> failure = handle(processor, orderId, next.get());
            if (failure.isPresent()) {
                transactions.executeWithoutResult(status -> parkedOrders.failedAgain(orderId, next.get(),
                        SagaFailure.of(failure.get(), 1), clock.instant()));
                log.warn("Order {} stays parked: {} failed again", orderId, next.get().payloadType(), failure.get());
                return false;
            }
        }
    }

    /** Deletes the order's queue: its checkout will not go on by itself, staff take it from here. */
    public void evict(UUID orderId) {
        boolean removed = Boolean.TRUE.equals(transactions.execute(status ->
                parkedOrders.lockForUpdate(orderId) && parkedOrders.remove(orderId)));
        if (!removed) {
            throw new UnknownParkedOrder(orderId);
        }
        log.warn("Order {} evicted from {}: its queued events were dropped and it needs staff attention",
                orderId, parkedOrders.processor());
    }

    private Optional<Throwable> handle(AbstractEventProcessor processor, UUID orderId, QueuedEvent queued) {
        TrackedEventMessage<?> event = load(queued);
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.attachTransaction(axonTransactions);
        unitOfWork.resources().put(SagaParking.REPLAY, Boolean.TRUE);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            // Holding the order's row keeps the processor from queueing behind it while this event runs, and
            // keeps two retries of the same order from handling the same event.
            if (!parkedOrders.lockForUpdate(orderId) || !parkedOrders.dequeue(queued)) {
                return null;
            }
            return new DefaultInterceptorChain<>(unitOfWork, configuredInterceptors(processor), message -> {
                processor.eventHandlerInvoker().handle(message, Segment.ROOT_SEGMENT);
                return null;
            }).proceed();
        }, RollbackConfigurationType.ANY_THROWABLE);
        return result.isExceptional() ? Optional.of(result.exceptionResult()) : Optional.empty();
    }

    /**
     * The processor's interceptors as configured (correlation data, the system principal, parking), without
     * the one the tracking processor defines itself: that one stores the processor's token, which a replay
     * outside the processor must never touch.
     */
    private static List<MessageHandlerInterceptor<? super EventMessage<?>>> configuredInterceptors(
            AbstractEventProcessor processor) {
        return processor.getHandlerInterceptors().stream()
                .filter(interceptor -> !AbstractEventProcessor.class.isAssignableFrom(interceptor.getClass().getNestHost()))
                .toList();
    }

    private boolean unparkIfDrained(UUID orderId) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!parkedOrders.lockForUpdate(orderId)) {
                return true;
            }
            return !parkedOrders.hasQueued(orderId) && parkedOrders.remove(orderId);
        }));
    }

    /** The queued event as stored, read again from the event store (with today's upcasters). */
    private TrackedEventMessage<?> load(QueuedEvent queued) {
        List<Long> noGaps = List.of();
        GapAwareTrackingToken justBefore = queued.globalIndex() == 0 ? null
                : GapAwareTrackingToken.newInstance(queued.globalIndex() - 1, noGaps);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(justBefore)) {
            while (true) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.getIdentifier().equals(queued.eventId())) {
                    return event;
                }
                if (event.trackingToken().position().orElse(Long.MAX_VALUE) > queued.globalIndex()) {
                    throw new IllegalStateException("event " + queued.eventId() + " is not at position "
                            + queued.globalIndex() + " of the event store");
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading event " + queued.eventId(), interrupted);
        }
    }
}
