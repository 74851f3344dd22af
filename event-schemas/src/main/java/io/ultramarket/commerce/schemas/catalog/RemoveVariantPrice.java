package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PRODUCT;

/**
 * Take a variant's price off a price list: the one of that currency and group (none: everyone's) that starts
 * at {@code validFrom} (none: the one without a start). A price that is not there changes nothing.
 */
public record RemoveVariantPrice(@TargetAggregateIdentifier UUID productId, Sku sku, Currency currency,
                                 CustomerGroup customerGroup, Instant validFrom) {

    public RemoveVariantPrice {
        new RequiredDetails(PRODUCT, "remove a listed price of product", productId)
                .present(sku, "a SKU")
                .present(currency, "the currency of the price");
    }
}
