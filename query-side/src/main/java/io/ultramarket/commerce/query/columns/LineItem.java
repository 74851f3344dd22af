package io.ultramarket.commerce.query.columns;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;

/** A cart or order line as the {@code lines} jsonb column holds it, and as clients read it. */
public record LineItem(Sku sku, Quantity quantity, Money unitPrice, Money lineTotal) {
}
