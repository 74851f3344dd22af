package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.columns.WriterJdbc;
import io.ultramarket.commerce.projections.poison.RetryBatchInSavepoints;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a processor's batch in its transaction without a savepoint per event, until one of its events fails;
 * from then on, that batch and the events before its end are handled each in a savepoint of its own (ADR 0084).
 *
 * <p>Why savepoints: PostgreSQL refuses every statement after a failed one until the transaction ends. Without a
 * savepoint, a failing event would also fail the dead-letter insert and the token update that follow it, and the
 * statements it ran before it failed would stay. Why not always: a savepoint is two more round trips to the
 * database (SAVEPOINT, RELEASE) around each event, more than most events' own statements; with them a replay ran at
 * half the rate.
 *
 * <p>So an event that fails without a savepoint is not parked: it is thrown as {@link RetryBatchInSavepoints},
 * which the parking policy passes on. The batch rolls back whole, Axon's processor releases the segment and claims
 * it again after its back-off (a second, doubling while it keeps failing), and handles the batch again, now in
 * savepoints: the failing event alone is parked, or, when it failed transiently (a deadlock, a serialization
 * conflict, see {@code TransientFailures}), tried again in a fresh savepoint with growing pauses before it is given
 * up on. A dead letter an operator retries is not in a processor's batch and always has its savepoint.
 *
 * <p>Within a batch without savepoints, the updates that a writer free of personal data sends with
 * {@link WriterJdbc#updateLater} are queued and sent together before the commit, or before anything else the template
 * does (ADR 0089); a queued statement that fails when sent fails the batch in the same way. In savepoints nothing is
 * queued, nor for a writer that handles personal fields ({@link PersonalFieldsHandled}): an erasure must find its
 * rows written when their events were handled (ADR 0085).
 */
class SavepointsAfterFailure extends AnnotationEventHandlerAdapter {

    private final TransactionTemplate savepoint;
    private final TransientRetry retry;
    private final JdbcTemplate jdbc;
    private final boolean sendsTogether;
    /** The global position up to which events are handled in savepoints: the end of the last batch that failed. */
    private final AtomicLong savepointsThrough = new AtomicLong(-1);

    SavepointsAfterFailure(Object annotatedHandler, TransactionTemplate transactions, TransientRetry retry,
                           JdbcTemplate jdbc) {
        super(annotatedHandler);
        this.retry = retry;
        this.jdbc = jdbc;
        this.sendsTogether = !PersonalFieldsHandled.by(annotatedHandler.getClass());
        this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Object handle(EventMessage<?> event) throws Exception {
        OptionalLong position = positionInBatch(event);
        if (position.isEmpty() || position.getAsLong() <= savepointsThrough.get()) {
            if (position.isPresent() && sendsTogether) {
                queue().send(jdbc);
            }
            return retry.call(() -> handleInSavepoint(event));
        }
        WriterJdbc.Queue queue = sendsTogether ? queue() : null;
        if (queue != null) {
            queue.open();
        }
        try {
            return super.handle(event);
        } catch (Exception failure) {
            throw retryInSavepoints(failure);
        } finally {
            if (queue != null) {
                queue.close();
            }
        }
    }

    /**
     * The batch's queue of statements sent later (ADR 0089), sent before the batch commits. A send that fails,
     * wherever it runs, has the batch handled again in savepoints.
     */
    private WriterJdbc.Queue queue() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        WriterJdbc.Queue queue = WriterJdbc.queueIn(batch);
        if (queue.firstUse()) {
            queue.whenSendFails(this::retryInSavepoints);
            batch.root().onPrepareCommit(committing -> queue.send(jdbc));
        }
        return queue;
    }

    /** Marks the current batch for savepoints, and says so to the parking policy and the processor. */
    private RetryBatchInSavepoints retryInSavepoints(Exception failure) {
        savepointsThrough.accumulateAndGet(lastPositionOfBatch(), Math::max);
        return failure instanceof RetryBatchInSavepoints already ? already : new RetryBatchInSavepoints(failure);
    }

    /** The event's global position when a processor's batch handles it; empty elsewhere (a dead letter's retry). */
    private static OptionalLong positionInBatch(EventMessage<?> event) {
        if (!(event instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken() == null
                || !CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?>)) {
            return OptionalLong.empty();
        }
        return tracked.trackingToken().position();
    }

    /** The last global position of the current batch's events; every one when a position is unknown. */
    private static long lastPositionOfBatch() {
        long last = -1;
        for (Object event : ((BatchingUnitOfWork<?>) CurrentUnitOfWork.get().root()).getMessages()) {
            if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
                last = Math.max(last, tracked.trackingToken().position().orElse(Long.MAX_VALUE));
            }
        }
        return last;
    }

    private Object handleInSavepoint(EventMessage<?> event) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return SavepointsAfterFailure.super.handle(event);
                } catch (Exception failure) {
                    throw new HandlerFailed(failure);
                }
            });
        } catch (HandlerFailed failed) {
            throw failed.cause();
        }
    }

    /** Carries a checked exception through the transaction template, which only passes unchecked ones. */
    private static final class HandlerFailed extends RuntimeException {

        private HandlerFailed(Exception cause) {
            super(cause);
        }

        Exception cause() {
            return (Exception) getCause();
        }
    }
}
