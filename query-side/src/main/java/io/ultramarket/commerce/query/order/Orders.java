package io.ultramarket.commerce.query.order;

import com.fasterxml.jackson.core.type.TypeReference;
import io.r2dbc.spi.Readable;
import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.ultramarket.commerce.query.columns.RowValues.instant;
import static io.ultramarket.commerce.query.columns.RowValues.money;

/** Reads the orders read model (the views {@code order_view} and {@code order_timeline}) without blocking. */
@Component
public class Orders {

    private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
    };

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
        return database.sql("SELECT o.order_id, o.customer_id, o.cart_id, o.status, o.lines, o.total_amount, "
                        + "o.currency, o.shipping_address, o.shipping_option, o.carrier, o.tracking_number, "
                        + "o.placed_at, o.updated_at, o.version, t.sequence_number, t.status AS step_status, "
                        + "t.occurred_at, t.detail "
                        + "FROM order_view o LEFT JOIN order_timeline t ON t.order_id = o.order_id "
                        + "WHERE o.order_id = :orderId ORDER BY t.sequence_number")
                .bind("orderId", orderId)
                .map(row -> new OrderWithStep(order(row), step(row)))
                .all()
                .collectList()
                .filter(rows -> !rows.isEmpty())
                .map(rows -> rows.get(0).order().withTimeline(
                        rows.stream().map(OrderWithStep::step).filter(Objects::nonNull).toList()));
    }

    /** A page of the customer's orders, newest first (ties broken by order id, so pages never overlap). */
    public Mono<OrderHistoryPage> ofCustomer(UUID customerId, int page, int size) {
        Mono<List<OrderSummary>> items = database.sql("SELECT order_id, cart_id, status, total_amount, currency, "
                        + "placed_at, updated_at FROM order_view WHERE customer_id = :customerId "
                        + "ORDER BY placed_at DESC, order_id LIMIT :limit OFFSET :offset")
                .bind("customerId", customerId)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(row -> new OrderSummary(row.get("order_id", UUID.class), row.get("cart_id", UUID.class),
                        status(row, "status"), money(row, "total_amount", "currency"),
                        instant(row, "placed_at"), instant(row, "updated_at")))
                .all()
                .collectList();
        Mono<Long> total = database.sql("SELECT count(*) FROM order_view WHERE customer_id = :customerId")
                .bind("customerId", customerId)
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total, (found, count) -> new OrderHistoryPage(found, page, size, count));
    }

    private OrderView order(Readable row) {
        return new OrderView(row.get("order_id", UUID.class), row.get("customer_id", UUID.class),
                row.get("cart_id", UUID.class), status(row, "status"), json.lines(row.get("lines", String.class)),
                money(row, "total_amount", "currency"), json.read(row.get("shipping_address", String.class), Address.class),
                row.get("shipping_option", String.class), row.get("carrier", String.class),
                row.get("tracking_number", String.class), instant(row, "placed_at"), instant(row, "updated_at"),
                row.get("version", Long.class), List.of());
    }

    /** Null on the one row of an order that has no step yet (it cannot happen today, but the join allows it). */
    private OrderStep step(Readable row) {
        Long sequenceNumber = row.get("sequence_number", Long.class);
        return sequenceNumber == null ? null : new OrderStep(sequenceNumber, status(row, "step_status"),
                instant(row, "occurred_at"), json.read(row.get("detail", String.class), DETAIL));
    }

    private static OrderStatus status(Readable row, String column) {
        return OrderStatus.valueOf(row.get(column, String.class));
    }

    private record OrderWithStep(OrderView order, OrderStep step) {
    }
}
