package io.ultramarket.commerce.projections.stock;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Stock per SKU and warehouse: on hand, reserved, and so available. */
@Component
class StockLevelsProjection implements ReadModelProjection {

    static final String TABLE = "stock_level";

    private final JdbcTemplate jdbc;

    StockLevelsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "stock-levels";
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public List<String> schema(Generation generation) {
        return List.of(StockLevelsWriter.createTable(generation.table(TABLE)));
    }

    @Override
    public Object eventHandler(Generation generation) {
        return new StockLevelsWriter(jdbc, generation.table(TABLE));
    }
}
