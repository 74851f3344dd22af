package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.WarehouseId;
import io.ultramarket.commerce.schemas.stock.SetLowStockThreshold;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request and answer bodies of the stock endpoints. */
final class StockRequests {

    private StockRequests() {
    }

    record RegisterStockRequest(@NotNull WarehouseId warehouse, @NotNull @PositiveOrZero @Max(Quantity.MAX) Integer onHand) {
    }

    record ReceiveStockRequest(@NotNull WarehouseId warehouse, @NotNull Quantity quantity,
                               @NotBlank @Size(max = 100) String receiptReference) {
    }

    record AdjustStockRequest(@NotNull WarehouseId warehouse, @NotNull @Min(-Quantity.MAX) @Max(Quantity.MAX) Integer delta,
                              @NotBlank @Size(max = 200) String reason) {
    }

    /** At {@code threshold} available units or fewer the stock item is low: 0 alerts when it sells out. */
    record LowStockThresholdRequest(@NotNull WarehouseId warehouse,
                                    @NotNull @PositiveOrZero @Max(SetLowStockThreshold.MAX_THRESHOLD) Integer threshold) {
    }

    record StockItemAnswer(String stockItemId, String sku, String warehouse) {
    }
}
