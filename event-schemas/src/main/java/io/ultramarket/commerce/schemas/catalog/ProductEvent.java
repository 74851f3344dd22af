package io.ultramarket.commerce.schemas.catalog;

import java.util.UUID;

/** Everything that can happen to a product in the catalog. */
public sealed interface ProductEvent
        permits ProductCreated, ProductDetailsUpdated, ProductCategoryChanged, ProductTaxCategoryChanged, ProductVariantAdded,
        ProductVariantPriceChanged, ProductVariantAttributesChanged, ProductPublished, ProductUnpublished,
        VariantPriceListed, VariantPriceRemoved {

    UUID productId();
}
