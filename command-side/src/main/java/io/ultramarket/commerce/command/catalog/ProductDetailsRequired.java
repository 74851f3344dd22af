package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** A product needs a name, a category and at least one variant; one of them was missing. */
public class ProductDetailsRequired extends DomainRuleViolation {

    public ProductDetailsRequired(UUID productId, String what) {
        super("Product " + productId + " needs " + what + ".");
    }
}
