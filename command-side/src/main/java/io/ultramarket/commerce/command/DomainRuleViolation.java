package io.ultramarket.commerce.command;

/**
 * A command asked for something a business rule forbids (not enough stock, too many lines, a refund above
 * what was captured). Nothing was changed. The HTTP layer answers 422 with a problem type named after the
 * concrete exception class.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    protected DomainRuleViolation(String message) {
        super(message);
    }
}
