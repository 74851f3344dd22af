package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.Collection;
import java.util.UUID;

/**
 * An update left out existing variants. Carts, orders and stock refer to SKUs, so a variant stays once
 * it exists; an update lists every existing SKU, changed or not.
 */
public class ProductVariantCannotBeRemoved extends DomainRuleViolation {

    public ProductVariantCannotBeRemoved(UUID productId, Collection<Sku> missing) {
        super("The update of product " + productId + " leaves out " + missing
                + "; variants cannot be removed, so list every existing SKU.");
    }
}
