package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** The parked event belongs to a processor that is not running here (answered 409). */
public class DeadLetterNotRetryableHere extends RuntimeException implements DescribedProblem {

    DeadLetterNotRetryableHere(DeadLetterEntry entry) {
        super("dead letter " + entry.id() + " belongs to " + entry.processor()
                + ", which is not running on this instance (retired, not configured, or run elsewhere)");
    }

    @Override
    public int status() {
        return 409;
    }
}
