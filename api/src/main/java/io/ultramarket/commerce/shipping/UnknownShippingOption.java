package io.ultramarket.commerce.shipping;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

import java.util.List;
import java.util.Optional;

/** The shipping option named is not one a carrier offers for this parcel and destination: 422, on its field. */
public class UnknownShippingOption extends RuntimeException implements DescribedProblem {

    UnknownShippingOption(String option, String destination, int units, List<String> offered) {
        super("no carrier offers '" + option + "' for " + units + " unit(s) to " + destination + "; the options are "
                + String.join(", ", offered));
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public Optional<String> field() {
        return Optional.of("shippingOption");
    }
}
