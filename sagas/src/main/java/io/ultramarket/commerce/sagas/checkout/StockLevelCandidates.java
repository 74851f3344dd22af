package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Candidates from the stock-levels read model (the view {@code stock_level}): the warehouses with the most
 * units available first. Warehouses that look empty are still listed, last, since the read model lags.
 */
@Component
class StockLevelCandidates implements StockCandidates {

    private final JdbcTemplate jdbc;

    StockLevelCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WarehouseId> warehousesFor(Sku sku) {
        return jdbc.queryForList("SELECT warehouse FROM stock_level WHERE sku = ? ORDER BY on_hand - reserved DESC, warehouse",
                String.class, sku.value()).stream().map(WarehouseId::of).toList();
    }
}
