package io.ultramarket.commerce.tax;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

import java.util.Optional;

/**
 * A destination in a country the shop taxes by region (US) that names none of the regions it knows: its taxes
 * cannot be known. 422, on the request's field.
 */
public class DestinationNeedsRegion extends RuntimeException implements DescribedProblem {

    private final String field;

    public DestinationNeedsRegion(String field, String country, String advice) {
        super("the shop taxes " + country + " by region: " + advice);
        this.field = field;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public Optional<String> field() {
        return Optional.of(field);
    }
}
