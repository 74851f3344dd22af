package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A variant's price was put on a price list (its currency, and its customer group if any) for a window of
 * time, replacing the price of that list that started at the same instant, if there was one.
 */
@Revision("1")
public record VariantPriceListed(UUID productId, VariantPrice price) implements ProductEvent {
}
