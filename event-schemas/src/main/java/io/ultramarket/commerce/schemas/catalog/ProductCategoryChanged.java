package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The product moved to another category. */
@Revision("1")
public record ProductCategoryChanged(UUID productId, CategoryPath category) implements ProductEvent {
}
