package io.ultramarket.commerce.query.order;

import com.fasterxml.jackson.core.type.TypeReference;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.RowMetadata;
import io.ultramarket.commerce.projections.order.OrderViewSchema;
import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CARRIER;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CART_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CURRENCY;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CUSTOMER_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.DETAIL;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.LINES;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.OCCURRED_AT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.ORDERS;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.ORDER_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.PLACED_AT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SEQUENCE_NUMBER;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SHIPPING_ADDRESS;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SHIPPING_OPTION;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.STATUS;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.TIMELINE;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.TOTAL_AMOUNT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.TRACKING_NUMBER;
import static io.ultramarket.commerce.query.columns.RowValues.instant;
import static io.ultramarket.commerce.query.columns.RowValues.money;

/**
 * Reads the orders read model (the views {@code order_view} and {@code order_timeline}, see
 * {@code OrderViewSchema}) without blocking.
 */
@Component
public class Orders {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    /** The timeline's status, beside the order's own in the joined row. */
    private static final String STEP_STATUS = "step_status";
    /**
     * Every column of the order ({@code o.*}): the view over a generation made before the breakdown has none of its
     * columns until the rebuild that the engine started switches it (ADR 0076), and the order reads without them.
     */
    private static final String BY_ID = "SELECT o.*, " + qualified("t", SEQUENCE_NUMBER) + ", t." + STATUS + " AS " + STEP_STATUS + ", "
            + qualified("t", OCCURRED_AT, DETAIL)
            + " FROM " + ORDERS + " o LEFT JOIN " + TIMELINE + " t ON t." + ORDER_ID + " = o." + ORDER_ID
            + " WHERE o." + ORDER_ID + " = :orderId ORDER BY t." + SEQUENCE_NUMBER;
    private static final String SUMMARY = "SELECT " + String.join(", ", ORDER_ID, CART_ID, STATUS, TOTAL_AMOUNT,
            CURRENCY, PLACED_AT, UPDATED_AT) + " FROM " + ORDERS;
    private static final String NEWEST_FIRST = " ORDER BY " + PLACED_AT + " DESC, " + ORDER_ID + " LIMIT :limit";
    private static final String HISTORY_PAGE = SUMMARY + " WHERE " + CUSTOMER_ID + " = :customerId" + NEWEST_FIRST
            + " OFFSET :offset";
    private static final String LATEST = SUMMARY + NEWEST_FIRST;
    private static final String LATEST_IN_STATUS = SUMMARY + " WHERE " + STATUS + " = :status" + NEWEST_FIRST;
    private static final String HISTORY_SIZE = "SELECT count(*) FROM " + ORDERS + " WHERE " + CUSTOMER_ID + " = :customerId";

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Orders(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /**
     * The order with its timeline, or empty when the read model does not know it. One statement reads both
     * views, so the order and its timeline always come from the same generation and the same moment.
     */
    public Mono<OrderView> byId(UUID orderId) {
        return database.sql(BY_ID)
                .bind("orderId", orderId)
                .map((row, columns) -> new OrderWithStep(order(row, columns), step(row)))
                .all()
                .collectList()
                .filter(rows -> !rows.isEmpty())
                .map(rows -> rows.get(0).order().withTimeline(
                        rows.stream().map(OrderWithStep::step).filter(Objects::nonNull).toList()));
    }

    /** A page of the customer's orders, newest first (ties broken by order id, so pages never overlap). */
    public Mono<OrderHistoryPage> ofCustomer(UUID customerId, int page, int size) {
        Mono<List<OrderSummary>> items = database.sql(HISTORY_PAGE)
                .bind("customerId", customerId)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(Orders::summary)
                .all()
                .collectList();
        Mono<Long> total = database.sql(HISTORY_SIZE)
                .bind("customerId", customerId)
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total, (found, count) -> new OrderHistoryPage(found, page, size, count));
    }

    /** The newest orders of every customer, for the console (ADR 0062). */
    public Flux<OrderSummary> latest(int limit) {
        return database.sql(LATEST).bind("limit", limit).map(Orders::summary).all();
    }

    /** The newest orders that stand at {@code status} (those held for review, for the console's queue). */
    public Flux<OrderSummary> latestIn(OrderStatus status, int limit) {
        return database.sql(LATEST_IN_STATUS).bind("status", status.name()).bind("limit", limit).map(Orders::summary).all();
    }

    private static OrderSummary summary(Readable row) {
        return new OrderSummary(row.get(ORDER_ID, UUID.class), row.get(CART_ID, UUID.class), status(row, STATUS),
                money(row, TOTAL_AMOUNT, CURRENCY), instant(row, PLACED_AT), instant(row, UPDATED_AT));
    }

    private OrderView order(Readable row, RowMetadata columns) {
        Money[] breakdown = OrderViewSchema.BREAKDOWN.stream()
                .map(column -> columns.contains(column) ? money(row, column, CURRENCY) : null)
                .toArray(Money[]::new);
        return new OrderView(row.get(ORDER_ID, UUID.class), row.get(CUSTOMER_ID, UUID.class),
                row.get(CART_ID, UUID.class), status(row, STATUS), json.lines(row.get(LINES, String.class)),
                money(row, TOTAL_AMOUNT, CURRENCY), breakdown[0], breakdown[1], breakdown[2], breakdown[3],
                json.read(row.get(SHIPPING_ADDRESS, String.class), Address.class),
                row.get(SHIPPING_OPTION, String.class), row.get(CARRIER, String.class),
                row.get(TRACKING_NUMBER, String.class), instant(row, PLACED_AT), instant(row, UPDATED_AT),
                row.get(VERSION, Long.class), List.of());
    }

    /** Null on the one row of an order that has no step yet (it cannot happen today, but the join allows it). */
    private OrderStep step(Readable row) {
        Long sequenceNumber = row.get(SEQUENCE_NUMBER, Long.class);
        return sequenceNumber == null ? null : new OrderStep(sequenceNumber, status(row, STEP_STATUS),
                instant(row, OCCURRED_AT), json.read(row.get(DETAIL, String.class), DETAILS));
    }

    private static OrderStatus status(Readable row, String column) {
        return OrderStatus.valueOf(row.get(column, String.class));
    }

    private static String qualified(String alias, String... columns) {
        return Arrays.stream(columns).map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    private record OrderWithStep(OrderView order, OrderStep step) {
    }
}
