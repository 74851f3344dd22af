package io.ultramarket.commerce.schemas.stock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;

/**
 * Stock is kept per SKU and warehouse; this is that pair. Its text form {@code SKU@WAREHOUSE} is the
 * StockItem aggregate's identifier ('@' cannot occur in either part).
 */
public record StockItemId(Sku sku, WarehouseId warehouse) {

    public StockItemId {
        if (sku == null) {
            throw new IllegalArgumentException("sku is required");
        }
        if (warehouse == null) {
            throw new IllegalArgumentException("warehouse is required");
        }
    }

    public static StockItemId of(String sku, String warehouse) {
        return new StockItemId(new Sku(sku), new WarehouseId(warehouse));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StockItemId parse(String text) {
        int at = text == null ? -1 : text.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("stock item id '" + text + "' must look like SKU@WAREHOUSE");
        }
        return of(text.substring(0, at), text.substring(at + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return sku.value() + "@" + warehouse.value();
    }
}
