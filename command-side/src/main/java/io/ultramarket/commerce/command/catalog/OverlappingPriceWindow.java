package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;

import java.time.Instant;
import java.util.UUID;

/**
 * The price would be valid at some instant when another price of the same list (variant, currency and
 * customer group) is: one of them must end first. Replace a price by listing one that starts at the same
 * instant, or remove it.
 */
public class OverlappingPriceWindow extends DomainRuleViolation {

    public OverlappingPriceWindow(UUID productId, VariantPrice wanted, VariantPrice listed) {
        super("Product " + productId + " already lists " + listed.sku() + " at " + listed.price() + " on "
                + listed.priceList() + " " + window(listed) + ", which overlaps " + window(wanted)
                + ": end one before the other starts, or list the price with the same start to replace it.");
    }

    private static String window(VariantPrice price) {
        return "from " + bound(price.validFrom(), "the start") + " until " + bound(price.validUntil(), "further notice");
    }

    private static String bound(Instant instant, String open) {
        return instant == null ? open : instant.toString();
    }
}
