package io.ultramarket.commerce.load;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Drives one virtual client: the next step as soon as the previous one ended, for as long as the run wants
 * another step (until the clock stops, or a number of steps is done).
 */
final class ClientLoop {

    // After a failure, pause briefly: an app that refuses everything should not be hammered in a tight loop,
    // which would also flood the error counts with one cause.
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 100;

    private final VirtualClient client;
    private final BooleanSupplier anotherStep;
    private final Executor executor;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    private ClientLoop(VirtualClient client, BooleanSupplier anotherStep, Executor executor) {
        this.client = client;
        this.anotherStep = anotherStep;
        this.executor = executor;
    }

    /**
     * Starts the loop; the future completes once the client has stopped. {@code anotherStep} is asked once
     * before every step, and the loop stops at its first no.
     */
    static CompletableFuture<Void> start(VirtualClient client, BooleanSupplier anotherStep, Executor executor) {
        ClientLoop loop = new ClientLoop(client, anotherStep, executor);
        loop.next();
        return loop.finished;
    }

    private void next() {
        if (!anotherStep.getAsBoolean()) {
            finished.complete(null);
            return;
        }
        CompletableFuture<Void> step;
        try {
            step = client.runOnce();
        } catch (RuntimeException bug) {
            // Not a failed request but a defect in the scenario: stop this client and let the run report it.
            finished.completeExceptionally(bug);
            return;
        }
        // Continue through the executor rather than inside the completing call, so that a step which
        // completes immediately cannot make the stack grow with every iteration.
        step.whenCompleteAsync((ignored, failure) -> {
            if (failure == null) {
                next();
            } else if (isCountedRequestFailure(failure)) {
                pauseThen().execute(this::next);
            } else {
                finished.completeExceptionally(Outcomes.unwrap(failure));
            }
        }, executor);
    }

    /**
     * A failed request has been counted by {@link Measurements}; anything else thrown inside a step is a defect
     * of the scenario, which must stop the run rather than quietly lower its figures.
     */
    private static boolean isCountedRequestFailure(Throwable failure) {
        Throwable cause = Outcomes.unwrap(failure);
        return cause instanceof RequestFailed || cause instanceof IOException;
    }

    private Executor pauseThen() {
        return CompletableFuture.delayedExecutor(PAUSE_AFTER_FAILURE_MILLIS, TimeUnit.MILLISECONDS, executor);
    }
}
