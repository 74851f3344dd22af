package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.UUID;

/** A return asks to send back more units of a SKU than the order delivered and has not yet had back. */
public class ReturnExceedsDelivered extends DomainRuleViolation {

    public ReturnExceedsDelivered(UUID orderId, Sku sku, int requested, int returnable) {
        super("Order " + orderId + " can take back at most " + returnable + " unit(s) of " + sku + ", not "
                + requested + ".");
    }
}
