package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.ON_HAND;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.RESERVED;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.SKU;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.TABLE;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.WAREHOUSE;

/**
 * Candidates from the stock-levels read model (the view {@code stock_level}, see {@code StockLevelsSchema}):
 * the warehouses with the most units available first. Warehouses that look empty are still listed, last,
 * since the read model lags.
 */
@Component
class StockLevelCandidates implements StockCandidates {

    private static final String BY_AVAILABILITY = "SELECT " + WAREHOUSE + " FROM " + TABLE + " WHERE " + SKU + " = ? "
            + "ORDER BY " + ON_HAND + " - " + RESERVED + " DESC, " + WAREHOUSE;

    private final JdbcTemplate jdbc;

    StockLevelCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WarehouseId> warehousesFor(Sku sku) {
        return jdbc.queryForList(BY_AVAILABILITY, String.class, sku.value()).stream().map(WarehouseId::of).toList();
    }
}
