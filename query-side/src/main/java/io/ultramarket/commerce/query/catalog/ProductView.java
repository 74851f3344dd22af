package io.ultramarket.commerce.query.catalog;

import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.totals.TaxCategory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product as the read model holds it; {@code published} tells whether shoppers can find it. Each variant has
 * its own price, and {@code prices} lists its prices in other currencies, for customer groups and for windows
 * of time (ADR 0067). {@code rating} is what its approved reviews say (ADR 0068). {@code taxCategory} is the one
 * set on the product itself, none (null) when it follows its catalog category (ADR 0075).
 */
public record ProductView(UUID productId, String name, String description, String category, TaxCategory taxCategory,
                          List<ProductVariant> variants, List<VariantPrice> prices, boolean published, long version,
                          Instant createdAt, Instant updatedAt, ProductRating rating) {
}
