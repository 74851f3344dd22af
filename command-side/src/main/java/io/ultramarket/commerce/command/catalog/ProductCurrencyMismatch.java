package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.Currency;
import java.util.UUID;

/** A variant priced in another currency than the product's: all variants of a product share one currency. */
public class ProductCurrencyMismatch extends DomainRuleViolation {

    public ProductCurrencyMismatch(UUID productId, Sku sku, Currency offered, Currency productCurrency) {
        super("Variant " + sku + " of product " + productId + " is priced in " + offered.getCurrencyCode()
                + ", but the product is priced in " + productCurrency.getCurrencyCode()
                + "; all variants of a product share one currency.");
    }
}
