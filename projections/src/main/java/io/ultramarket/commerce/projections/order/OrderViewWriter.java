package io.ultramarket.commerce.projections.order;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.LineItem;
import io.ultramarket.commerce.projections.columns.VersionedRows;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderReviewApproved;
import io.ultramarket.commerce.schemas.order.OrderReviewRequested;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import io.ultramarket.commerce.schemas.totals.Discount;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.projections.columns.ColumnTypes.nullable;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CARRIER;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CART_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CURRENCY;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CUSTOMER_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.DETAIL;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.DISCOUNT_TOTAL_AMOUNT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.LINES;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.OCCURRED_AT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.ORDER_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.PLACED_AT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SEQUENCE_NUMBER;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SHIPPING_ADDRESS;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SHIPPING_FEE_AMOUNT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SHIPPING_OPTION;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.STATUS;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SUBTOTAL_AMOUNT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.TAX_TOTAL_AMOUNT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.TOTAL_AMOUNT;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.TRACKING_NUMBER;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/**
 * Writes one generation of the orders read model. Each event moves the order's status (guarded by the row's
 * version) and adds its step to the timeline, keyed by the event's sequence number, so that a step applied
 * twice is stored once. The order's breakdown comes from its {@code OrderPlaced}'s totals (upcast for orders
 * placed before them: the lines' subtotal, nothing off, no shipping fee, no tax).
 */
class OrderViewWriter {

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String orders;
    private final String timeline;
    private final VersionedRows rows;

    OrderViewWriter(JdbcTemplate jdbc, JsonColumns json, String orders, String timeline) {
        this.jdbc = jdbc;
        this.json = json;
        this.orders = orders;
        this.timeline = timeline;
        this.rows = new VersionedRows(jdbc, orders, ORDER_ID);
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long version, @Timestamp Instant at) {
        Totals totals = event.totals();
        Money discounts = totals.discounts().stream().map(Discount::amount)
                .reduce(Money.zero(event.total().currency()), Money::plus);
        jdbc.update("INSERT INTO " + orders + " (" + String.join(", ", ORDER_ID, CUSTOMER_ID, CART_ID, STATUS, LINES,
                        TOTAL_AMOUNT, SUBTOTAL_AMOUNT, DISCOUNT_TOTAL_AMOUNT, SHIPPING_FEE_AMOUNT, TAX_TOTAL_AMOUNT, CURRENCY,
                        SHIPPING_ADDRESS, SHIPPING_OPTION, PLACED_AT, UPDATED_AT, VERSION) + ") "
                        + "VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) ON CONFLICT (" + ORDER_ID + ") DO NOTHING",
                event.orderId(), event.customerId(), event.cartId(), OrderStatus.PLACED.name(),
                json.write(event.lines().stream().map(LineItem::of).toList()),
                event.total().amount(), totals.subtotal().amount(), discounts.amount(), totals.shipping().fee().amount(),
                totals.taxTotal().amount(), event.total().currency().getCurrencyCode(),
                json.write(event.shippingAddress()), event.shippingOption(), utc(at), utc(at), version);
        step(event.orderId(), version, OrderStatus.PLACED, at, null);
    }

    @EventHandler
    void on(OrderConfirmed event, @SequenceNumber long version, @Timestamp Instant at) {
        advance(event.orderId(), version, OrderStatus.CONFIRMED, at, null);
    }

    @EventHandler
    void on(OrderShipped event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.orderId(), version, at, STATUS + " = ?, " + CARRIER + " = ?, " + TRACKING_NUMBER + " = ?",
                OrderStatus.SHIPPED.name(), event.carrier(), event.trackingNumber());
        step(event.orderId(), version, OrderStatus.SHIPPED, at,
                Map.of("carrier", event.carrier(), "trackingNumber", event.trackingNumber()));
    }

    @EventHandler
    void on(OrderDelivered event, @SequenceNumber long version, @Timestamp Instant at) {
        advance(event.orderId(), version, OrderStatus.DELIVERED, at, null);
    }

    @EventHandler
    void on(OrderCancelled event, @SequenceNumber long version, @Timestamp Instant at) {
        advance(event.orderId(), version, OrderStatus.CANCELLED, at, Map.of("reason", event.reason()));
    }

    /** A partial return leaves the order DELIVERED; the timeline still records it with its reason. */
    @EventHandler
    void on(OrderReturned event, @SequenceNumber long version, @Timestamp Instant at) {
        boolean complete = event.complete() || event.lines().isEmpty();
        advance(event.orderId(), version, complete ? OrderStatus.RETURNED : OrderStatus.DELIVERED, at,
                Map.of("reason", event.reason()));
    }

    @EventHandler
    void on(OrderReviewRequested event, @SequenceNumber long version, @Timestamp Instant at) {
        advance(event.orderId(), version, OrderStatus.IN_REVIEW, at,
                Map.of("riskScore", Integer.toString(event.riskScore()), "reasons", String.join("; ", event.reasons())));
    }

    @EventHandler
    void on(OrderReviewApproved event, @SequenceNumber long version, @Timestamp Instant at) {
        advance(event.orderId(), version, OrderStatus.PLACED, at, Map.of("reason", "approved on review"));
    }

    @EventHandler
    void on(OrderRejected event, @SequenceNumber long version, @Timestamp Instant at) {
        advance(event.orderId(), version, OrderStatus.REJECTED, at, Map.of("reason", event.reason()));
    }

    private void advance(UUID orderId, long version, OrderStatus status, Instant at, Map<String, String> detail) {
        rows.apply(orderId, version, at, STATUS + " = ?", status.name());
        step(orderId, version, status, at, detail);
    }

    private void step(UUID orderId, long version, OrderStatus status, Instant at, Map<String, String> detail) {
        jdbc.update("INSERT INTO " + timeline + " (" + String.join(", ", ORDER_ID, SEQUENCE_NUMBER, STATUS, OCCURRED_AT, DETAIL)
                        + ") VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (" + ORDER_ID + ", " + SEQUENCE_NUMBER + ") DO NOTHING",
                orderId, version, status.name(), utc(at), nullable(detail == null ? null : json.write(detail), Types.VARCHAR));
    }
}
