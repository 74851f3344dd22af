package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;

/** The share of one discount that a line carries: what a return of the whole line gives back of it. */
public record LineDiscount(Sku sku, Money amount) {
}
