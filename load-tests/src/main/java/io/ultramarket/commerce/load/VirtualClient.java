package io.ultramarket.commerce.load;

import java.util.concurrent.CompletableFuture;

/**
 * One simulated user. Its steps run strictly one after another (each starts when the previous one's future
 * has completed, which also publishes its state to the next thread), so its fields need no locking.
 */
interface VirtualClient {

    /** Gets ready before timing starts, e.g. opens the client's cart. Not measured. */
    CompletableFuture<Void> prepare();

    /**
     * One unit of the scenario's work. Completes exceptionally if a request failed; the failure has already
     * been counted, and the loop simply goes on.
     */
    CompletableFuture<Void> runOnce();
}
