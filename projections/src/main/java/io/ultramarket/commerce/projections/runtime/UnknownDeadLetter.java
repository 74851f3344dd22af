package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** No parked event has this id (answered 404). */
public class UnknownDeadLetter extends RuntimeException implements DescribedProblem.NotFound {

    UnknownDeadLetter(String id) {
        super("no dead letter with id " + id);
    }
}
