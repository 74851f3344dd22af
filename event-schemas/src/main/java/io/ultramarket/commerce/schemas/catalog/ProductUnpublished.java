package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The product is hidden from shoppers again; it stays in the catalog. */
@Revision("1")
public record ProductUnpublished(UUID productId) implements ProductEvent {
}
