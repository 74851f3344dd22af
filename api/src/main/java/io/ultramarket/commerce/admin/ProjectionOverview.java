package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.projections.runtime.GenerationState;

import java.util.List;

/**
 * One projection as {@code GET /admin/projections} shows it: the generation that answers queries, the one
 * being rebuilt if any, and how far each has come against the head of the event store.
 */
record ProjectionOverview(String name, long head, List<GenerationProgress> generations) {

    record GenerationProgress(int generation, GenerationState state, Long position, Long lag, boolean runningHere) {
    }
}
