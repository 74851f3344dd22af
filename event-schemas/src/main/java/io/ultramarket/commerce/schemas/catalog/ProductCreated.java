package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** A product entered the catalog, unpublished, with these variants. */
@Revision("1")
public record ProductCreated(UUID productId, String name, String description, CategoryPath category,
                             List<ProductVariant> variants) implements ProductEvent {

    public ProductCreated {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
