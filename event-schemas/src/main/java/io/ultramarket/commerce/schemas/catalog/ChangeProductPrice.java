package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PRODUCT;

/** Set the price of one variant, in the product's currency. The price it already has changes nothing. */
public record ChangeProductPrice(@TargetAggregateIdentifier UUID productId, Sku sku, Money price) {

    public ChangeProductPrice {
        new RequiredDetails(PRODUCT, "change the price of product", productId)
                .holds(sku != null && price != null, "a SKU and its new price");
    }
}
