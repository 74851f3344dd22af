package io.ultramarket.commerce.command;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/**
 * A command asked for something a business rule forbids (not enough stock, too many lines, a refund above
 * what was captured). Nothing was changed. The HTTP layer answers 422 with a problem type named after the
 * concrete exception class.
 */
public abstract class DomainRuleViolation extends RuntimeException implements DescribedProblem {

    protected DomainRuleViolation(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 422;
    }
}
