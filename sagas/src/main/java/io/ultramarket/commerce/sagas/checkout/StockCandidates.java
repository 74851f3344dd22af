package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;

import java.util.List;

/**
 * Which warehouses to ask for a SKU, most promising first. Only a suggestion: the stock item of each
 * warehouse decides how many units it gives, so a stale answer costs a wasted ask, never an oversell.
 */
public interface StockCandidates {

    List<WarehouseId> warehousesFor(Sku sku);
}
