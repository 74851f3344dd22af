package io.ultramarket.commerce.command;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/**
 * A command does not fit the state the aggregate is in (changing a checked-out cart, shipping a cancelled
 * order). Nothing was changed. The HTTP layer answers 409 with a problem type named after the concrete
 * exception class.
 */
public abstract class IllegalStateTransition extends RuntimeException implements DescribedProblem {

    protected IllegalStateTransition(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }
}
