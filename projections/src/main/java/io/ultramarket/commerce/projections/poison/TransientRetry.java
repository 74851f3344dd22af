package io.ultramarket.commerce.projections.poison;

/**
 * Tries a piece of work again, with growing pauses, as long as it fails transiently and tries are left.
 * A permanent failure, or the last transient one, is thrown to the caller, which parks the event (a
 * permanent failure) or fails its batch so that the processor tries again later (a transient one).
 */
public final class TransientRetry {

    /** Work that may fail with any exception. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws Exception;
    }

    /** How a pause is waited out; tests of the rules pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void pause(java.time.Duration duration) throws InterruptedException;
    }

    private final PoisonRetryProperties properties;
    private final Pause pause;

    public TransientRetry(PoisonRetryProperties properties) {
        this(properties, duration -> Thread.sleep(duration.toMillis()));
    }

    TransientRetry(PoisonRetryProperties properties, Pause pause) {
        this.properties = properties;
        this.pause = pause;
    }

    public <T> T call(Attempt<T> attempt) throws Exception {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.run();
            } catch (Exception failure) {
                if (tried >= properties.attempts() || !TransientFailures.isTransient(failure)) {
                    throw failure;
                }
                try {
                    pause.pause(properties.backoffAfter(tried));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    failure.addSuppressed(interrupted);
                    throw failure;
                }
            }
        }
    }
}
