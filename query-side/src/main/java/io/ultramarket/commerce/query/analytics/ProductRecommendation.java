package io.ultramarket.commerce.query.analytics;

import java.util.UUID;

/** "Customers who bought this also bought": another product and how many orders held both. */
public record ProductRecommendation(UUID productId, long orders) {
}
