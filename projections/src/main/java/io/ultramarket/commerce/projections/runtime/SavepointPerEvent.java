package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.poison.TransientRetry;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event's handler in a savepoint of the batch's transaction. PostgreSQL refuses every statement
 * after a failed one until the transaction ends; without the savepoint, a failing event would also fail
 * the dead-letter insert and the token update that follow it in the same transaction, and the whole
 * projection would stall instead of parking that one event.
 *
 * <p>A transient failure (a deadlock, a serialization conflict, see {@code TransientFailures}) is tried again
 * in a fresh savepoint, with growing pauses, before the event is given up on: the same event would apply a
 * moment later, so parking it (and every later event of its sequence) would only make work for an operator.
 */
class SavepointPerEvent extends AnnotationEventHandlerAdapter {

    private final TransactionTemplate savepoint;
    private final TransientRetry retry;

    SavepointPerEvent(Object annotatedHandler, TransactionTemplate transactions, TransientRetry retry) {
        super(annotatedHandler);
        this.retry = retry;
        this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Object handle(EventMessage<?> event) throws Exception {
        return retry.call(() -> handleInSavepoint(event));
    }

    private Object handleInSavepoint(EventMessage<?> event) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return SavepointPerEvent.super.handle(event);
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
