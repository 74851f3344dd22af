package io.ultramarket.commerce.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ultramarket.commerce.projections.runtime.GenerationState;

import java.time.Instant;
import java.util.List;

/**
 * One projection as {@code GET /admin/projections} shows it, whatever its store: the generation that answers
 * queries, the one being rebuilt if any, and how far each has come against the head of the event store.
 */
record ProjectionOverview(String name, long head, List<GenerationProgress> generations) {

    /**
     * @param rows        rows the store holds for the generation where it counts them (ClickHouse's facts, repeats
     *                    not yet merged away included); absent for PostgreSQL read models, and while ClickHouse
     *                    does not answer
     * @param createdAt   when the generation was made (a replay asked for, or the projection's first start)
     * @param activatedAt when it began to answer queries; absent while it is being built. A rebuild took
     *                    {@code activatedAt - createdAt}: the clocks of the instances that made and switched it
     */
    record GenerationProgress(int generation, GenerationState state, Long position, Long lag,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long rows, boolean runningHere,
                              Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) Instant activatedAt) {
    }
}
