package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Shoppers can now find the product. */
@Revision("1")
public record ProductPublished(UUID productId) implements ProductEvent {
}
