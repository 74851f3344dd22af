package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The product's name or description changed; both are given as they are now. */
@Revision("1")
public record ProductDetailsUpdated(UUID productId, String name, String description) implements ProductEvent {
}
