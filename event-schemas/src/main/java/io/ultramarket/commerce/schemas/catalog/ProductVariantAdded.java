package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The product got another variant (a new SKU). */
@Revision("1")
public record ProductVariantAdded(UUID productId, ProductVariant variant) implements ProductEvent {
}
