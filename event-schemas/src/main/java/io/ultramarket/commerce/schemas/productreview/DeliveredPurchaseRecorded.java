package io.ultramarket.commerce.schemas.productreview;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * An order that held the product was delivered to the customer ({@code orderId}, the first such order): from
 * now on the customer may review the product, once.
 */
@Revision("1")
public record DeliveredPurchaseRecorded(UUID reviewId, UUID customerId, UUID productId, UUID orderId)
        implements ProductReviewEvent {
}
