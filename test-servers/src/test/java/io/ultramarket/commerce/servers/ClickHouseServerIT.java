package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.yandex.clickhouse.ClickHouseDriver;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness's ClickHouse is a real server that the legacy JDBC driver can use: a MergeTree table
 * takes a batch insert, and a GROUP BY over it adds up exactly (Decimal, not floating point).
 */
@ExtendWith(RealServersExtension.class)
class ClickHouseServerIT {

    record SkuTotal(String sku, long quantity, BigDecimal revenue) {
    }

    @Test
    void aBatchInsertedIntoAMergeTreeTableIsAggregatedByGroupBy(ClickHouseServer server) throws SQLException {
        // DriverManager would pick the newer driver class in the same jar, which 18.16 does not understand.
        try (Connection connection = new ClickHouseDriver().connect(server.jdbcUrl(), new Properties())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE order_lines (day Date, sku String, quantity UInt32, amount Decimal(18, 2))
                        ENGINE = MergeTree() PARTITION BY toYYYYMM(day) ORDER BY (day, sku)""");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_lines (day, sku, quantity, amount) VALUES (?, ?, ?, ?)")) {
                for (int line = 0; line < 1_000; line++) {
                    boolean mug = line % 2 == 0;
                    insert.setDate(1, Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(line % 60)));
                    insert.setString(2, mug ? "MUG-BLUE" : "TEAPOT-RED");
                    insert.setInt(3, mug ? 2 : 1);
                    insert.setBigDecimal(4, new BigDecimal(mug ? "19.80" : "24.50"));
                    insert.addBatch();
                }
                insert.executeBatch();
            }

            List<SkuTotal> totals = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT sku, sum(quantity) AS quantity, sum(amount) AS revenue FROM order_lines GROUP BY sku ORDER BY sku")) {
                while (rows.next()) {
                    totals.add(new SkuTotal(rows.getString("sku"), rows.getLong("quantity"), rows.getBigDecimal("revenue")));
                }
            }

            assertThat(totals).containsExactly(
                    new SkuTotal("MUG-BLUE", 1_000, new BigDecimal("9900.00")),
                    new SkuTotal("TEAPOT-RED", 500, new BigDecimal("12250.00")));
        }
    }
}
