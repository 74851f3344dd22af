package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PRODUCT;

/**
 * Put a variant's price on a price list: its currency, optionally a customer group, and a validity window.
 * A price that starts when one already on that list starts replaces it; one that overlaps another is refused;
 * the price already there changes nothing.
 */
public record SetVariantPrice(@TargetAggregateIdentifier UUID productId, VariantPrice price) {

    public SetVariantPrice {
        new RequiredDetails(PRODUCT, "set a listed price of product", productId).present(price, "the price to list");
    }
}
