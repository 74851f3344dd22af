package io.ultramarket.commerce.audit;

import io.ultramarket.commerce.schemas.common.DescribedProblem;
import io.ultramarket.commerce.query.audit.AggregateType;

import java.time.Instant;

/** The aggregate exists, but its first event happened after the instant asked about. */
public class NotYetCreated extends RuntimeException implements DescribedProblem {

    NotYetCreated(AggregateType type, String aggregateId, Instant createdAt, Instant at) {
        super(type.pathName() + " " + aggregateId + " was created at " + createdAt + ", after " + at);
    }

    @Override
    public int status() {
        return 404;
    }
}
