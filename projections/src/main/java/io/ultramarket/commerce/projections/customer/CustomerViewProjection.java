package io.ultramarket.commerce.projections.customer;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.JsonDocumentRows;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Customers with their address books, for {@code GET /customers/me} and {@code /customers/me/addresses}. */
@Component
class CustomerViewProjection implements ReadModelProjection {

    static final String TABLE = "customer_view";

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    CustomerViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public List<String> schema(Generation generation) {
        return List.of(JsonDocumentRows.schema(generation.table(TABLE), "customer_id", "customer"));
    }

    @Override
    public Object eventHandler(Generation generation) {
        return new CustomerViewWriter(jdbc, json, generation.table(TABLE));
    }
}
