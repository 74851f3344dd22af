package io.ultramarket.commerce.projections.runtime;

import org.springframework.context.SmartLifecycle;

/**
 * The lifecycle phases of what processes events beside Axon's own processors, between Axon's configuration
 * ({@code SpringAxonConfiguration}, {@code DEFAULT_PHASE - 3072}: the event store, the token store, the sagas'
 * processors) and the web server ({@code DEFAULT_PHASE - 2048}; its graceful shutdown at {@code - 1024}). Phases
 * start in ascending order and stop in descending order, so the web server stops taking requests and finishes
 * the ones under way (a read that waits for its write's read model, a live stream) while every processor still
 * runs, and only then do the processors stop (ADR 0117).
 */
public final class ProcessingPhases {

    /** Commit notifications: before the processors they wake, after them at the stop. */
    public static final int COMMIT_NOTIFICATIONS = SmartLifecycle.DEFAULT_PHASE - 2900;
    /** This instance's heartbeat: the processors share segments out by the instances alive, and hand theirs over while it beats. */
    public static final int LIVE_INSTANCES = SmartLifecycle.DEFAULT_PHASE - 2800;
    /** The read models' processors (each projection's generations) and the other processors of our own. */
    public static final int PROCESSORS = SmartLifecycle.DEFAULT_PHASE - 2700;
    /** The search indexer ships what the products' generations write: after them. */
    public static final int SEARCH_INDEXER = SmartLifecycle.DEFAULT_PHASE - 2650;

    private ProcessingPhases() {
    }
}
