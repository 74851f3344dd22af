package io.ultramarket.commerce.schemas.common;

import java.util.Objects;

/**
 * A command ruled out by its own values, whatever state its aggregate is in: a detail it needs is missing or
 * blank, a text or a list is out of its bounds, a count means nothing. The command's record refuses to be
 * built (ADR 0050), so no aggregate ever sees it. It is answered 422 with the problem type it names, such as
 * {@code order-details-required} or {@code zero-stock-adjustment}: the types the aggregates answered when they
 * made these checks, so clients see no change.
 *
 * <p>It is an {@link IllegalArgumentException} because that is what it is, an argument the record's
 * constructor cannot take; unlike a value object's refusal (400, the request's fault) it describes itself.
 */
public final class InvalidCommand extends IllegalArgumentException implements DescribedProblem {

    private final String slug;

    /**
     * @param slug   the problem type, in kebab case ({@code empty-order-cannot-be-placed})
     * @param detail what is wrong and what is expected, for the client developer
     */
    public InvalidCommand(String slug, String detail) {
        super(detail);
        this.slug = Objects.requireNonNull(slug, "slug");
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String slug() {
        return slug;
    }
}
