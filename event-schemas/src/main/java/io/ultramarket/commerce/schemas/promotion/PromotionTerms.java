package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.Money;

import java.util.Currency;
import java.util.Optional;

/**
 * Everything a merchandiser decides about a promotion: its name (1 to {@value #MAX_NAME} characters), the
 * offer, the order's subtotal it needs at least (none when null), when it may be used and how often. The
 * amounts it names are all in one currency.
 */
public record PromotionTerms(String name, PromotionOffer offer, Money minimumSubtotal, ValidityWindow validity,
                             UsageLimits limits) {

    public static final int MAX_NAME = 200;

    public PromotionTerms {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME + " characters");
        }
        name = name.strip();
        if (offer == null) {
            throw new IllegalArgumentException("offer is required");
        }
        validity = validity == null ? ValidityWindow.ALWAYS : validity;
        limits = limits == null ? UsageLimits.UNLIMITED : limits;
        if (minimumSubtotal != null && offer.currency().filter(c -> !c.equals(minimumSubtotal.currency())).isPresent()) {
            throw new IllegalArgumentException("minimumSubtotal is in " + minimumSubtotal.currency()
                    + " but the offer in " + offer.currency().orElseThrow() + "; a promotion's amounts share one currency");
        }
    }

    /** The currency of the amounts named, if any: the promotion then applies to orders in it only. */
    public Optional<Currency> currency() {
        return offer.currency().or(() -> Optional.ofNullable(minimumSubtotal).map(Money::currency));
    }
}
