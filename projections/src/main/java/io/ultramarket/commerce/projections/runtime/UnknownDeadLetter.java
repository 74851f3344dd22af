package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** No parked event has this id (answered 404). */
public class UnknownDeadLetter extends RuntimeException implements DescribedProblem {

    UnknownDeadLetter(String id) {
        super("no dead letter with id " + id);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String slug() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
