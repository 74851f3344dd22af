package io.ultramarket.commerce.projections.order;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.ColumnTypes.CURRENCY;
import static io.ultramarket.commerce.projections.columns.ColumnTypes.MONEY_AMOUNT;

/** Orders as customers and support see them: the order, every status it went through, and its history. */
@Component
class OrderViewProjection implements ReadModelProjection {

    static final String ORDERS = "order_view";
    static final String TIMELINE = "order_timeline";

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    OrderViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public List<String> tables() {
        return List.of(ORDERS, TIMELINE);
    }

    /** Free text from carriers and people (carrier, tracking number, reasons) is TEXT: a long value is no poison. */
    @Override
    public List<String> schema(Generation generation) {
        String orders = generation.table(ORDERS);
        return List.of(
                "CREATE TABLE " + orders + " ("
                        + "order_id UUID PRIMARY KEY, customer_id UUID NOT NULL, cart_id UUID NOT NULL, "
                        + "status VARCHAR(16) NOT NULL, lines JSONB NOT NULL, "
                        + "total_amount " + MONEY_AMOUNT + " NOT NULL, currency " + CURRENCY + " NOT NULL, "
                        + "shipping_address JSONB NOT NULL, shipping_option TEXT NOT NULL, carrier TEXT, "
                        + "tracking_number TEXT, placed_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL, "
                        + "version BIGINT NOT NULL)",
                // A customer's history, newest first, is one range scan of this index.
                "CREATE INDEX " + orders + "_customer_history ON " + orders + " (customer_id, placed_at DESC, order_id)",
                "CREATE TABLE " + generation.table(TIMELINE) + " ("
                        + "order_id UUID NOT NULL, sequence_number BIGINT NOT NULL, status VARCHAR(16) NOT NULL, "
                        + "occurred_at TIMESTAMPTZ NOT NULL, detail JSONB, "
                        + "PRIMARY KEY (order_id, sequence_number))");
    }

    @Override
    public Object eventHandler(Generation generation) {
        return new OrderViewWriter(jdbc, json, generation.table(ORDERS), generation.table(TIMELINE));
    }
}
