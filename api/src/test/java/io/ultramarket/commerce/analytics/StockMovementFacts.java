package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.servers.RealServers;
import ru.yandex.clickhouse.ClickHouseDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the run's ClickHouse holds of a stock item, read straight from one generation's fact table. */
final class StockMovementFacts {

    private final ClickHouseDataSource clickHouse = new ClickHouseDataSource(RealServers.clickHouse().jdbcUrl());

    ClickHouseDataSource dataSource() {
        return clickHouse;
    }

    /** The item's movements in generation {@code generation}, repeats merged, in the order of the event store. */
    List<String> of(int generation, StockItemId item) throws SQLException {
        try (Connection connection = clickHouse.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT type, quantity FROM stock_movement_g"
                     + generation + " FINAL WHERE sku = ? AND warehouse = ? ORDER BY position")) {
            query.setString(1, item.sku().value());
            query.setString(2, item.warehouse().value());
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getInt(2));
                }
            }
            return rows;
        }
    }

    /** Whether generation {@code generation}'s table of movements is still there. */
    boolean tableExists(int generation) throws SQLException {
        try (Connection connection = clickHouse.getConnection();
             PreparedStatement query = connection.prepareStatement("EXISTS TABLE stock_movement_g" + generation);
             ResultSet result = query.executeQuery()) {
            return result.next() && result.getInt(1) == 1;
        }
    }
}
