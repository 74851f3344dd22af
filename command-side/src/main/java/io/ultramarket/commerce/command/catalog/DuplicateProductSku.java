package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.UUID;

/** Two variants of one product with the same SKU: a SKU names exactly one variant. */
public class DuplicateProductSku extends DomainRuleViolation {

    public DuplicateProductSku(UUID productId, Sku sku) {
        super("SKU " + sku + " is listed twice for product " + productId + "; every variant needs its own SKU.");
    }
}
