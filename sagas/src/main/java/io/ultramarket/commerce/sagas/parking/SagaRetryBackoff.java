package io.ultramarket.commerce.sagas.parking;

import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;

import java.time.Duration;

/**
 * The saga processor's error handler: after a transient failure it waits the configured backoff (outside
 * any transaction: the failed one has rolled back), then propagates the failure so that the processor
 * releases its claim and delivers the event again (after its own wait, 1 s doubling up to 60 s). A failure
 * that is to park the order is propagated at once, so that the next delivery parks it.
 */
class SagaRetryBackoff implements ErrorHandler {

    private final FailureMemory failures;

    SagaRetryBackoff(FailureMemory failures) {
        this.failures = failures;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        Duration wait = Duration.ZERO;
        for (EventMessage<?> event : context.failedEvents()) {
            Duration backoff = failures.backoffBefore(event.getIdentifier());
            wait = backoff.compareTo(wait) > 0 ? backoff : wait;
        }
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
        PropagatingErrorHandler.instance().handleError(context);
    }
}
