package io.ultramarket.commerce.projections.catalog;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.JsonDocumentRows;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Products with their variants, category and published flag, for {@code GET /products/{id}}. */
@Component
class ProductViewProjection implements ReadModelProjection {

    static final String TABLE = "product_view";

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    ProductViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public List<String> schema(Generation generation) {
        return List.of(JsonDocumentRows.schema(generation.table(TABLE), "product_id", "product"));
    }

    @Override
    public Object eventHandler(Generation generation) {
        return new ProductViewWriter(jdbc, json, generation.table(TABLE));
    }
}
