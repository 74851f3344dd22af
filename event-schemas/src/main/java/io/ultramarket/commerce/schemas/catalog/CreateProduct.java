package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PRODUCT;

/**
 * Put a new product in the catalog, unpublished, with at least one variant. The SKUs are unique within
 * the product and every price is in the same currency. A name has 1 to {@value #MAX_NAME} characters
 * (without surrounding blanks), a description at most {@value #MAX_DESCRIPTION}, and there are 1 to
 * {@value #MAX_VARIANTS} variants. {@code taxCategory} is optional: without one the product's tax category follows
 * its catalog category (ADR 0075).
 */
public record CreateProduct(@TargetAggregateIdentifier UUID productId, String name, String description,
                            CategoryPath category, List<ProductVariant> variants, TaxCategory taxCategory) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_VARIANTS = 100;

    public CreateProduct {
        variants = variants == null ? List.of() : List.copyOf(variants);
        requireDetails(new RequiredDetails(PRODUCT, "create product", productId), name, description, category, variants);
    }

    /** A product whose tax category follows its catalog category. */
    public CreateProduct(UUID productId, String name, String description, CategoryPath category,
                         List<ProductVariant> variants) {
        this(productId, name, description, category, variants, null);
    }

    /** What a product is made of, when it is created and whenever it is replaced ({@link UpdateProduct}). */
    static void requireDetails(RequiredDetails details, String name, String description, CategoryPath category,
                               List<ProductVariant> variants) {
        details.holds(name != null && !name.isBlank() && name.strip().length() <= MAX_NAME,
                        "a name of 1 to " + MAX_NAME + " characters")
                .holds(description == null || description.length() <= MAX_DESCRIPTION,
                        "a description of at most " + MAX_DESCRIPTION + " characters")
                .present(category, "a category such as apparel/shoes")
                .holds(!variants.isEmpty() && variants.size() <= MAX_VARIANTS, "1 to " + MAX_VARIANTS + " variants");
    }
}
