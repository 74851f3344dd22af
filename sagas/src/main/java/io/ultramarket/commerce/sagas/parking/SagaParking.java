package io.ultramarket.commerce.sagas.parking;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Consulted before the checkout saga's handlers run, for each event of an order:
 * <ul>
 * <li>the order's saga lives on another segment of the processor: nothing is done here (ADR 0070);</li>
 * <li>the order is parked: the event is queued behind it, not handled;</li>
 * <li>the event failed before and the rules say park: the order is parked with this event first;</li>
 * <li>otherwise it is handled; a failure is counted and propagates, so the whole transaction (saga state,
 * commands, deadlines, token) rolls back and the processor delivers the event again.</li>
 * </ul>
 * Parking happens on that next delivery, in a clean transaction, rather than in the failed one: PostgreSQL
 * refuses every statement after a failed one, and the failed handler may have left half-changed saga state
 * and commands in the unit of work that must not be committed.
 */
public class SagaParking implements MessageHandlerInterceptor<EventMessage<?>> {

    /** Marks a unit of work that replays a parked order's event: it is handled, never parked again here. */
    static final String REPLAY = SagaParking.class.getName() + ".replay";

    private static final Logger log = LoggerFactory.getLogger(SagaParking.class);

    private final ParkedOrders parkedOrders;
    private final FailureMemory failures;
    private final SagaSegments segments;
    private final Clock clock;

    SagaParking(ParkedOrders parkedOrders, FailureMemory failures, SagaSegments segments, Clock clock) {
        this.parkedOrders = parkedOrders;
        this.failures = failures;
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        Optional<UUID> order = OrderSequencing.orderOf(event.getPayload());
        if (order.isEmpty() || unitOfWork.resources().containsKey(REPLAY)) {
            return chain.proceed();
        }
        UUID orderId = order.get();
        if (!segments.belongsHere(unitOfWork, orderId)) {
            // Another segment's order: its saga is not here, and it is parked or queued there, not here.
            return null;
        }
        String eventId = event.getIdentifier();
        Optional<SagaFailure> parking = failures.parkingDecision(eventId);
        if (parking.isPresent()) {
            parkedOrders.park(orderId, queued(event), parking.get(), clock.instant());
            unitOfWork.afterCommit(done -> {
                failures.forget(eventId);
                log.warn("Order {} parked in {} on {} after {} attempt(s): {}: {}", orderId, parkedOrders.processor(),
                        event.getPayloadType().getSimpleName(), parking.get().attempts(), parking.get().causeType(),
                        parking.get().causeMessage());
            });
            return null;
        }
        if (parkedOrders.isParkedLockingShared(orderId)) {
            parkedOrders.queue(orderId, queued(event), clock.instant());
            return null;
        }
        try {
            Object result = chain.proceed();
            unitOfWork.afterCommit(done -> failures.forget(eventId));
            return result;
        } catch (Exception | Error failure) {
            SagaFailure counted = failures.failed(eventId, failure);
            log.info("Order {}: {} failed in the saga (attempt {}, {})", orderId, event.getPayloadType().getSimpleName(),
                    counted.attempts(), counted.transientFailure() ? "transient" : "permanent");
            throw failure;
        }
    }

    static QueuedEvent queued(EventMessage<?> event) {
        long index = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElseThrow(() -> new IllegalStateException(
                "the saga's event " + event.getIdentifier() + " has no position in the event store"))
                : -1;
        if (index < 0) {
            throw new IllegalStateException("only events read from the event store can be parked, not " + event.getIdentifier());
        }
        return new QueuedEvent(event.getIdentifier(), index, event.getPayloadType().getSimpleName());
    }
}
