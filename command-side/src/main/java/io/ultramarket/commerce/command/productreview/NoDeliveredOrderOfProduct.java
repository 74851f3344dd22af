package io.ultramarket.commerce.command.productreview;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** Only a customer who received the product (a delivered order of it) may review it. */
public class NoDeliveredOrderOfProduct extends DomainRuleViolation {

    public NoDeliveredOrderOfProduct(UUID customerId, UUID productId) {
        super("Customer " + customerId + " has no delivered order of product " + productId
                + "; a product can be reviewed once an order of it was delivered.");
    }
}
