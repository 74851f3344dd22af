package io.ultramarket.commerce.query.badexample;

import io.ultramarket.commerce.projections.stock.StockLevelsSchema;
import io.ultramarket.commerce.projections.stock.StockLevelsWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Breaks "readers see only the schemas of projections": a query-side class that reaches past the stock
 * levels' schema class to their writer.
 */
public class ReaderThatUsesTheWriter {

    public Object writerOf(JdbcTemplate jdbc) {
        return new StockLevelsWriter(jdbc, StockLevelsSchema.TABLE);
    }
}
