package io.ultramarket.commerce.query.analytics;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads the analytics facts in ClickHouse. Every query names the tables of the active generation and reads
 * them with {@code FINAL}, which merges rows written twice (same event id) before counting. Revenue is net:
 * the lines of orders cancelled, rejected or returned are left out, and the units of partial returns are
 * subtracted from their lines. Each call runs on {@code workers}, a bounded pool:
 * JDBC blocks, and a full pool answers 503 instead of queueing without end.
 */
public class Analytics {

    private static final String NET_LINES = "order_id NOT IN (SELECT order_id FROM %s FINAL WHERE type IN ('cancelled', 'rejected', 'returned'))";

    private final DataSource clickHouse;
    private final Supplier<OptionalInt> activeGeneration;
    private final Scheduler workers;
    private final Clock clock;

    public Analytics(DataSource clickHouse, Supplier<OptionalInt> activeGeneration, Scheduler workers, Clock clock) {
        this.clickHouse = clickHouse;
        this.activeGeneration = activeGeneration;
        this.workers = workers;
        this.clock = clock;
    }

    public Mono<List<SalesBucket>> sales(SalesQuery query) {
        return read(tables -> {
            String lines = "SELECT day, sku, currency, net_total AS line_total, net_quantity AS quantity, order_id FROM ("
                    + tables.netOrderLines() + ") WHERE day >= toDate(?) AND day <= toDate(?)"
                    + (query.currency().isPresent() ? " AND currency = ?" : "");
            String source = query.by() == SalesGrouping.SKU
                    ? "(" + lines + ")"
                    : "(" + lines + ") ANY LEFT JOIN (" + tables.categoryOfSku() + ") USING sku";
            String key = query.by() == SalesGrouping.SKU ? "sku" : "if(category = '', 'uncategorised', category)";
            String sql = "SELECT " + query.granularity().bucketOfDay() + " AS bucket, " + key + " AS group_key, currency, "
                    + "sum(line_total) AS revenue, sum(quantity) AS units, uniqExact(order_id) AS orders FROM " + source
                    + " GROUP BY bucket, group_key, currency ORDER BY bucket, group_key, currency";
            List<Object> parameters = new ArrayList<>(List.of(query.from().toString(), query.to().toString()));
            query.currency().ifPresent(parameters::add);
            return select(sql, parameters, row -> new SalesBucket(LocalDate.parse(row.getString("bucket")),
                    row.getString("group_key"), row.getString("currency"), amount(row.getBigDecimal("revenue"), row.getString("currency")),
                    row.getLong("units"), row.getLong("orders")));
        });
    }

    public Mono<Funnel> funnel(LocalDate from, LocalDate to) {
        return read(tables -> {
            List<Object> period = List.of(from.toString(), to.toString());
            String inPeriod = " WHERE day >= toDate(?) AND day <= toDate(?)";
            List<long[]> carts = select("SELECT uniqExactIf(cart_id, type = 'created') AS carts, "
                    + "uniqExactIf(cart_id, type = 'checked_out') AS checkouts FROM " + tables.cartEvent() + " FINAL" + inPeriod,
                    period, row -> new long[]{row.getLong("carts"), row.getLong("checkouts")});
            long paid = count("SELECT uniqExact(order_id) FROM " + tables.paymentEvent() + " FINAL" + inPeriod
                    + " AND type = 'captured'", period);
            long shipped = count("SELECT uniqExact(order_id) FROM " + tables.orderEvent() + " FINAL" + inPeriod
                    + " AND type = 'shipped'", period);
            return Funnel.of(carts.get(0)[0], carts.get(0)[1], paid, shipped);
        });
    }

    public Mono<List<TopProduct>> topProducts(LocalDate from, LocalDate to, int limit) {
        return read(tables -> {
            List<Object[]> rows = select("SELECT sku, currency, sum(net_quantity) AS units, sum(net_total) AS revenue "
                    + "FROM (" + tables.netOrderLines() + ") WHERE day >= toDate(?) AND day <= toDate(?) GROUP BY sku, currency",
                    List.of(from.toString(), to.toString()),
                    row -> new Object[]{row.getString("sku"), row.getString("currency"), row.getLong("units"),
                            amount(row.getBigDecimal("revenue"), row.getString("currency"))});
            Map<String, Long> orders = new HashMap<>();
            select("SELECT sku, uniqExact(order_id) AS orders FROM (" + tables.netOrderLines() + ") "
                            + "WHERE day >= toDate(?) AND day <= toDate(?) GROUP BY sku",
                    List.of(from.toString(), to.toString()), row -> orders.put(row.getString("sku"), row.getLong("orders")));
            Map<String, Long> units = new HashMap<>();
            Map<String, Map<String, String>> revenue = new HashMap<>();
            for (Object[] row : rows) {
                units.merge((String) row[0], (Long) row[2], Long::sum);
                revenue.computeIfAbsent((String) row[0], sku -> new TreeMap<>()).put((String) row[1], (String) row[3]);
            }
            return units.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
                    .limit(limit)
                    .map(entry -> new TopProduct(entry.getKey(), entry.getValue(), orders.getOrDefault(entry.getKey(), 0L),
                            revenue.get(entry.getKey())))
                    .toList();
        });
    }

    /** SKUs most often in the same (net) orders as {@code sku}, most shared orders first. */
    public Mono<List<Recommendation>> boughtTogether(String sku, int limit) {
        return read(tables -> select("SELECT sku, uniqExact(order_id) AS orders FROM " + tables.orderLine() + " FINAL "
                        + "WHERE order_id IN (SELECT order_id FROM " + tables.orderLine() + " FINAL WHERE sku = ?) "
                        + "AND sku != ? AND " + tables.netLines() + " GROUP BY sku ORDER BY orders DESC, sku LIMIT " + limit,
                List.of(sku, sku), row -> new Recommendation(row.getString("sku"), row.getLong("orders"))));
    }

    /** Products most often in the same (net) orders as any variant of {@code productId}, most shared orders first. */
    public Mono<List<ProductRecommendation>> boughtTogether(UUID productId, int limit) {
        return read(tables -> select("SELECT product_id, uniqExact(order_id) AS orders FROM ("
                        + "SELECT order_id, sku FROM " + tables.orderLine() + " FINAL WHERE " + tables.netLines()
                        + " AND order_id IN (SELECT order_id FROM " + tables.orderLine() + " FINAL WHERE sku IN "
                        + "(SELECT sku FROM " + tables.productVariant() + " FINAL WHERE product_id = ?))"
                        + ") ANY INNER JOIN (" + tables.productOfSku() + ") USING sku "
                        + "WHERE product_id != ? GROUP BY product_id ORDER BY orders DESC, product_id LIMIT " + limit,
                List.of(productId.toString(), productId.toString()),
                row -> new ProductRecommendation(UUID.fromString(row.getString("product_id")), row.getLong("orders"))));
    }

    /**
     * Daily net units of {@code sku} over the {@code days} days up to today (UTC), smoothed; the reorder
     * quantity covers {@code leadTimeDays + coverDays} of that demand from {@code available}.
     */
    public Mono<DemandForecast> forecast(String sku, int days, double alpha, int leadTimeDays, int coverDays, Integer available) {
        return read(tables -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate first = today.minusDays(days - 1L);
            Map<LocalDate, Long> units = new LinkedHashMap<>();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                units.put(day, 0L);
            }
            select("SELECT day, sum(net_quantity) AS units FROM (" + tables.netOrderLines() + ") "
                            + "WHERE sku = ? AND day >= toDate(?) AND day <= toDate(?) GROUP BY day",
                    List.of(sku, first.toString(), today.toString()),
                    row -> units.put(LocalDate.parse(row.getString("day")), row.getLong("units")));
            double demand = ExponentialSmoothing.level(List.copyOf(units.values()), alpha);
            long reorder = ExponentialSmoothing.reorderQuantity(demand, leadTimeDays + coverDays, available == null ? 0 : available);
            return new DemandForecast(sku, alpha,
                    units.entrySet().stream().map(entry -> new DemandForecast.DailyUnits(entry.getKey(), entry.getValue())).toList(),
                    Math.round(demand * 1000) / 1000.0, leadTimeDays, coverDays, available, reorder);
        });
    }

    /** A sum of money as the API writes money: a decimal string at the currency's scale ("30.00", "1500" for JPY). */
    private static String amount(BigDecimal sum, String currency) {
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        return sum.setScale(Math.max(scale, 0), RoundingMode.HALF_EVEN).toPlainString();
    }

    private <T> Mono<T> read(Query<T> query) {
        return Mono.fromCallable(() -> {
            int generation = activeGeneration.get().orElseThrow(AnalyticsNotReady::new);
            try {
                return query.run(new Tables(generation));
            } catch (SQLException failure) {
                throw new AnalyticsUnavailable(failure);
            }
        }).subscribeOn(workers);
    }

    private long count(String sql, List<Object> parameters) throws SQLException {
        return select(sql, parameters, row -> row.getLong(1)).get(0);
    }

    private <T> List<T> select(String sql, List<Object> parameters, RowReader<T> reader) throws SQLException {
        try (Connection connection = clickHouse.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.size(); index++) {
                statement.setObject(index + 1, parameters.get(index));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Tables tables) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The physical tables of one generation, as the analytics projection names them. */
    private record Tables(int generation) {
        String orderLine() {
            return "order_line_g" + generation;
        }

        String orderEvent() {
            return "order_event_g" + generation;
        }

        String paymentEvent() {
            return "payment_event_g" + generation;
        }

        String cartEvent() {
            return "cart_event_g" + generation;
        }

        String productVariant() {
            return "product_variant_g" + generation;
        }

        String netLines() {
            return NET_LINES.formatted(orderEvent());
        }

        /**
         * Each SKU of the orders still counted, less the units partial returns sent back: {@code net_quantity},
         * and {@code net_total} with the returned units at the SKU's agreed price (its first line's, as the
         * order refunds them), on the day of the order. A SKU sent back whole is left out.
         */
        String netOrderLines() {
            return "SELECT day, sku, currency, order_id, units - returned AS net_quantity, total - price * returned AS net_total "
                    + "FROM (SELECT day, order_id, sku, currency, sum(quantity) AS units, sum(line_total) AS total, "
                    + "argMin(unit_price, line_no) AS price FROM " + orderLine() + " FINAL WHERE " + netLines()
                    + " GROUP BY day, order_id, sku, currency) AS ordered "
                    + "LEFT JOIN (SELECT order_id, sku, sum(quantity) AS returned FROM order_return_line_g" + generation
                    + " FINAL GROUP BY order_id, sku) AS sent_back USING (order_id, sku) WHERE units > returned";
        }

        /** Each SKU's product (a SKU belongs to one product: the catalog keeps SKUs unique). */
        String productOfSku() {
            return "SELECT sku, any(product_id) AS product_id FROM " + productVariant() + " FINAL GROUP BY sku";
        }

        /** Each SKU's product's current category: the one of its newest category event. */
        String categoryOfSku() {
            return "SELECT sku, category FROM (" + productOfSku() + ") ANY LEFT JOIN (SELECT product_id, "
                    + "argMax(category, position) AS category FROM product_category_g" + generation + " FINAL "
                    + "GROUP BY product_id) USING product_id";
        }
    }
}
