package io.ultramarket.commerce.pricing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Currency;

/**
 * How the shop prices (ADR 0067).
 *
 * @param defaultCurrency the currency of a cart opened without naming one, and of a cart opened before carts
 *                        had a currency that has no line yet (EUR)
 */
@ConfigurationProperties("commerce.pricing")
public record PricingProperties(Currency defaultCurrency) {

    public PricingProperties {
        defaultCurrency = defaultCurrency == null ? Currency.getInstance("EUR") : defaultCurrency;
    }
}
