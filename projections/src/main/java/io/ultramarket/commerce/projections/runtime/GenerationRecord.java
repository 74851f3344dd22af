package io.ultramarket.commerce.projections.runtime;

import java.time.Instant;

/** A row of projection_generation. */
public record GenerationRecord(Generation generation, GenerationState state, Instant createdAt, Instant activatedAt,
                               Instant retiredAt) {
}
