package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PRODUCT;

/**
 * Replace what the catalog says about a product: name, description, category and variants. Only the
 * differences become events; sending the same content again changes nothing. Every existing SKU must
 * still be listed (variants are added or changed, not removed). The bounds are those of {@link CreateProduct}.
 */
public record UpdateProduct(@TargetAggregateIdentifier UUID productId, String name, String description,
                            CategoryPath category, List<ProductVariant> variants) {

    public UpdateProduct {
        variants = variants == null ? List.of() : List.copyOf(variants);
        CreateProduct.requireDetails(new RequiredDetails(PRODUCT, "update product", productId), name, description,
                category, variants);
    }
}
