package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;

/**
 * The chosen shipping option's fee as quoted, and what is paid for it (the fee less what free shipping takes off,
 * ADR 0072) split into net and tax like a line (the fee is gross where prices are); {@code taxRate} is null where
 * shipping is not taxed.
 */
public record ShippingAmounts(String option, Money fee, Money net, Money tax, TaxRate taxRate) {
}
