package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;

/** Units of one SKU of a delivered order that the customer sends back. */
public record ReturnedLine(Sku sku, Quantity quantity) {

    public ReturnedLine {
        if (sku == null) {
            throw new IllegalArgumentException("sku is required");
        }
        if (quantity == null) {
            throw new IllegalArgumentException("quantity is required");
        }
    }
}
