package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.UUID;

/** The SKU is not a variant of this product. */
public class ProductVariantNotFound extends DomainRuleViolation {

    public ProductVariantNotFound(UUID productId, Sku sku) {
        super("Product " + productId + " has no variant " + sku + ".");
    }
}
