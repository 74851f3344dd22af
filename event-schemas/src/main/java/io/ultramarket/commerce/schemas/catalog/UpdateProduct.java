package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PRODUCT;

/**
 * Replace what the catalog says about a product: name, description, category and variants. Only the
 * differences become events; sending the same content again changes nothing. Every existing SKU must
 * still be listed (variants are added or changed, not removed). The bounds are those of {@link CreateProduct}.
 * {@code taxCategory} replaces the one set on the product too: none (null) lets it follow its catalog category.
 */
public record UpdateProduct(@TargetAggregateIdentifier UUID productId, String name, String description,
                            CategoryPath category, List<ProductVariant> variants, TaxCategory taxCategory) {

    public UpdateProduct {
        variants = variants == null ? List.of() : List.copyOf(variants);
        CreateProduct.requireDetails(new RequiredDetails(PRODUCT, "update product", productId), name, description,
                category, variants);
    }

    /** The product as it should be, its tax category following its catalog category. */
    public UpdateProduct(UUID productId, String name, String description, CategoryPath category,
                         List<ProductVariant> variants) {
        this(productId, name, description, category, variants, null);
    }
}
