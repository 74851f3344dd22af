package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * A product entered the catalog, unpublished, with these variants. {@code taxCategory} is the tax category the
 * merchandiser set on the product itself; none (null) when its tax category follows its catalog category
 * ({@code commerce.tax.categories}, ADR 0075). Revision 1 had none: such products follow their catalog category.
 */
@Revision("2")
public record ProductCreated(UUID productId, String name, String description, CategoryPath category,
                             List<ProductVariant> variants, TaxCategory taxCategory) implements ProductEvent {

    public ProductCreated {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
