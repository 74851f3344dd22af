package io.ultramarket.commerce.schemas.productreview;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of a customer's review of a product: a name-based UUID of the two, so a customer has one review per
 * product, and a second submission lands on the first one's aggregate instead of beside it.
 */
public final class ProductReviewKey {

    private ProductReviewKey() {
    }

    public static UUID of(UUID customerId, UUID productId) {
        return UUID.nameUUIDFromBytes(("product-review:" + customerId + ":" + productId).getBytes(StandardCharsets.UTF_8));
    }
}
