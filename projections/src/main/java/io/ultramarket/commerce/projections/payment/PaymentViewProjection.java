package io.ultramarket.commerce.projections.payment;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.ColumnTypes.CURRENCY;
import static io.ultramarket.commerce.projections.columns.ColumnTypes.MONEY_AMOUNT;

/**
 * Payments of orders: requested, authorized, captured and refunded amounts. A payment has one currency
 * (the Payment aggregate refuses any other), so the amounts share one currency column.
 */
@Component
class PaymentViewProjection implements ReadModelProjection {

    static final String TABLE = "payment_view";

    private final JdbcTemplate jdbc;

    PaymentViewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public List<String> schema(Generation generation) {
        String table = generation.table(TABLE);
        return List.of(
                "CREATE TABLE " + table + " ("
                        + "payment_id UUID PRIMARY KEY, order_id UUID NOT NULL, status VARCHAR(24) NOT NULL, "
                        + "amount " + MONEY_AMOUNT + " NOT NULL, currency " + CURRENCY + " NOT NULL, "
                        + "authorized_amount " + MONEY_AMOUNT + ", captured_amount " + MONEY_AMOUNT + ", "
                        + "refunded_amount " + MONEY_AMOUNT + ", provider_reference TEXT, "
                        + "requested_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL, version BIGINT NOT NULL)",
                "CREATE INDEX " + table + "_by_order ON " + table + " (order_id, requested_at, payment_id)");
    }

    @Override
    public Object eventHandler(Generation generation) {
        return new PaymentViewWriter(jdbc, generation.table(TABLE));
    }
}
