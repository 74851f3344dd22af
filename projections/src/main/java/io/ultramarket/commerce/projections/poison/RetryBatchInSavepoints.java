package io.ultramarket.commerce.projections.poison;

/**
 * An event failed in a batch whose events had no savepoint each: its transaction is lost (PostgreSQL refuses
 * every statement after a failed one) and the event's statements before the failure would stay, so the event
 * must not be parked in it. The parking policy passes this on instead, the whole batch rolls back, and the
 * processor handles it again, with a savepoint per event, after its back-off.
 */
public final class RetryBatchInSavepoints extends RuntimeException {

    public RetryBatchInSavepoints(Exception cause) {
        super("an event failed in a batch without savepoints; the batch is handled again with one per event", cause);
    }
}
