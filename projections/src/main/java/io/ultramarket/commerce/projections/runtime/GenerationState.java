package io.ultramarket.commerce.projections.runtime;

/** BUILDING catches up from event 0; ACTIVE answers queries; RETIRED waits to be dropped; DROPPED is gone. */
public enum GenerationState {
    BUILDING, ACTIVE, RETIRED, DROPPED
}
