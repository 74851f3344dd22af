package io.ultramarket.commerce.command.productreview;

import io.ultramarket.commerce.command.IllegalStateTransition;

import java.util.UUID;

/** A customer reviews a product once; the review they wrote stands (or was moderated). */
public class ProductAlreadyReviewed extends IllegalStateTransition {

    public ProductAlreadyReviewed(UUID customerId, UUID productId) {
        super("Customer " + customerId + " has already reviewed product " + productId + ".");
    }
}
