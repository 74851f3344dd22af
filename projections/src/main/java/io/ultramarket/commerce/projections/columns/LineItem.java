package io.ultramarket.commerce.projections.columns;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;

/**
 * One element of a {@code lines} jsonb column (carts and orders):
 * {@code {"sku":..., "quantity":2, "unitPrice":{"amount":"9.90","currency":"EUR"}, "lineTotal":{...}}}.
 * The line total is stored, not only derived, so that SQL consumers of the read model need no arithmetic.
 */
public record LineItem(Sku sku, Quantity quantity, Money unitPrice, Money lineTotal) {

    public static LineItem of(OrderLine line) {
        return new LineItem(line.sku(), line.quantity(), line.unitPrice(), line.lineTotal());
    }

    public OrderLine toOrderLine() {
        return new OrderLine(sku, quantity, unitPrice);
    }
}
