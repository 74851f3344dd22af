package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.UUID;

/** A line would hold more units than allowed per line. */
public class CartQuantityLimitExceeded extends DomainRuleViolation {

    public CartQuantityLimitExceeded(UUID cartId, Sku sku, int requestedLineQuantity, int maxQuantityPerLine) {
        super("Cart " + cartId + " cannot hold " + requestedLineQuantity + " units of " + sku + ": at most "
                + maxQuantityPerLine + " units per item are allowed.");
    }
}
