package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Put a new product in the catalog, unpublished, with at least one variant. The SKUs are unique within
 * the product and every price is in the same currency.
 */
public record CreateProduct(@TargetAggregateIdentifier UUID productId, String name, String description,
                            CategoryPath category, List<ProductVariant> variants) {

    public CreateProduct {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
