package io.ultramarket.commerce.projections.cart;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.ColumnTypes.CURRENCY;
import static io.ultramarket.commerce.projections.columns.ColumnTypes.MONEY_AMOUNT;

/** Carts as the shopper sees them: lines, total, item count, and whether the cart became an order. */
@Component
class CartViewProjection implements ReadModelProjection {

    static final String TABLE = "cart_view";

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    CartViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String name() {
        return "carts";
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    /** An empty cart has no currency yet: its total is 0 and {@code currency} is null until the first line. */
    @Override
    public List<String> schema(Generation generation) {
        return List.of("CREATE TABLE " + generation.table(TABLE) + " ("
                + "cart_id UUID PRIMARY KEY, customer_id UUID NOT NULL, "
                + "status VARCHAR(16) NOT NULL, order_id UUID, lines JSONB NOT NULL, "
                + "total_amount " + MONEY_AMOUNT + " NOT NULL, currency " + CURRENCY + ", item_count INTEGER NOT NULL, "
                + "version BIGINT NOT NULL, created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL)");
    }

    @Override
    public Object eventHandler(Generation generation) {
        return new CartViewWriter(jdbc, json, generation.table(TABLE));
    }
}
