package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;

/** One tax of the order: a rate, the net amount it was charged on, and the sum of the lines' rounded taxes. */
public record TaxAmount(TaxRate rate, Money base, Money amount) {
}
