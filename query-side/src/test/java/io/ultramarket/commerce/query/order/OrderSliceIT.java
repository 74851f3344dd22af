package io.ultramarket.commerce.query.order;

import io.ultramarket.commerce.projections.order.OrderViewSchema;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.query.columns.LineItem;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.promotion.LineDiscount;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders read model, from the order's events to what {@link Orders} reads: the order, its breakdown, its
 * timeline, a history; and a rebuild from event 0 that makes the same rows.
 */
@ExtendWith(ReadModelSlices.class)
class OrderSliceIT {

    private static final Sku MUG = Sku.of("MUG-BLUE");
    private static final Address HOME = new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE");

    private final UUID customerId = UUID.randomUUID();

    @Test
    void aDeliveredOrderShowsItsShipmentAndEveryStepItWentThrough(ReadModelDatabase database) {
        UUID orderId = UUID.randomUUID();
        UUID cartId = UUID.randomUUID();
        ReadModelSlice orders = database.slice(OrderViewSchema.class, Orders.class)
                .apply(orderId, placed(orderId, cartId), new OrderConfirmed(orderId),
                        new OrderShipped(orderId, "DHL", "TRACK-1"), new OrderDelivered(orderId));

        assertThat(orders.reader(Orders.class).byId(orderId).block()).isEqualTo(new OrderView(orderId, customerId, cartId,
                OrderStatus.DELIVERED, List.of(new LineItem(MUG, Quantity.of(2), Money.of("9.90", "EUR"), Money.of("19.80", "EUR"))),
                Money.of("19.80", "EUR"), Money.of("19.80", "EUR"), Money.of("0.00", "EUR"), Money.of("0.00", "EUR"),
                Money.of("0.00", "EUR"), HOME, "standard", "DHL", "TRACK-1", at(0), at(3), 3, List.of(
                new OrderStep(0, OrderStatus.PLACED, at(0), null),
                new OrderStep(1, OrderStatus.CONFIRMED, at(1), null),
                new OrderStep(2, OrderStatus.SHIPPED, at(2), Map.of("carrier", "DHL", "trackingNumber", "TRACK-1")),
                new OrderStep(3, OrderStatus.DELIVERED, at(3), null))));
        assertThat(orders.reader(Orders.class).byId(UUID.randomUUID()).blockOptional()).isEmpty();
    }

    /**
     * ADR 0076, CouponCheckoutIT's worked example: 3 × 9.99 EUR = 29.97, a 3.00 coupon off the line, parcelpost:express
     * for 3 units in DE at 12.30, 19 % VAT inside (4.31 on the line's 26.97, 1.96 on the fee: 6.27), 39.27 to pay.
     */
    @Test
    void aCouponAndExpressCheckoutInDeShowsItsBreakdownAsColumns(ReadModelDatabase database) {
        UUID orderId = UUID.randomUUID();
        ReadModelSlice orders = database.slice(OrderViewSchema.class, Orders.class)
                .apply(orderId, couponAndExpressToBerlin(orderId));

        OrderView order = orders.reader(Orders.class).byId(orderId).block();

        assertThat(order.subtotal()).isEqualTo(Money.of("29.97", "EUR"));
        assertThat(order.discountTotal()).isEqualTo(Money.of("3.00", "EUR"));
        assertThat(order.shippingFee()).isEqualTo(Money.of("12.30", "EUR"));
        assertThat(order.taxTotal()).isEqualTo(Money.of("6.27", "EUR"));
        assertThat(order.total()).isEqualTo(Money.of("39.27", "EUR"));
        assertThat(orders.rows(OrderViewSchema.ORDERS)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry(OrderViewSchema.SUBTOTAL_AMOUNT, new BigDecimal("29.9700"))
                .containsEntry(OrderViewSchema.SHIPPING_FEE_AMOUNT, new BigDecimal("12.3000")));
    }

    @Test
    void anOrderPlacedBeforeTotalsShowsItsLinesOnlyWithNoShippingOrTax(ReadModelDatabase database) {
        UUID orderId = UUID.randomUUID();
        ReadModelSlice orders = database.slice(OrderViewSchema.class, Orders.class).apply(orderId, placed(orderId, UUID.randomUUID()));

        OrderView order = orders.reader(Orders.class).byId(orderId).block();

        assertThat(List.of(order.subtotal(), order.discountTotal(), order.shippingFee(), order.taxTotal(), order.total()))
                .containsExactly(Money.of("19.80", "EUR"), Money.of("0.00", "EUR"), Money.of("0.00", "EUR"),
                        Money.of("0.00", "EUR"), Money.of("19.80", "EUR"));
    }

    /** The view over a generation made before the breakdown (ADR 0076: until its rebuild switches it) lacks it. */
    @Test
    void anOrderReadThroughAViewWithoutTheBreakdownColumnsShowsNone(ReadModelDatabase database) {
        UUID orderId = UUID.randomUUID();
        ReadModelSlice orders = database.slice(OrderViewSchema.class, Orders.class)
                .apply(orderId, couponAndExpressToBerlin(orderId));
        String table = new Generation(OrderViewSchema.PROJECTION, 1).table(OrderViewSchema.ORDERS);
        List<String> before = orders.jdbc().queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = ? ORDER BY ordinal_position", String.class, table).stream()
                .filter(column -> !OrderViewSchema.BREAKDOWN.contains(column)).toList();
        orders.jdbc().execute("CREATE OR REPLACE VIEW " + OrderViewSchema.ORDERS + "_before AS SELECT "
                + String.join(", ", before) + " FROM " + table);
        orders.jdbc().execute("DROP VIEW " + OrderViewSchema.ORDERS);
        orders.jdbc().execute("ALTER VIEW " + OrderViewSchema.ORDERS + "_before RENAME TO " + OrderViewSchema.ORDERS);

        OrderView order = orders.reader(Orders.class).byId(orderId).block();

        assertThat(order.total()).isEqualTo(Money.of("39.27", "EUR"));
        assertThat(Arrays.asList(order.subtotal(), order.discountTotal(), order.shippingFee(), order.taxTotal()))
                .containsOnlyNulls();
    }

    @Test
    void aRebuildFromEventZeroGivesTheSameRows(ReadModelDatabase database) {
        UUID withCoupon = UUID.randomUUID();
        UUID beforeTotals = UUID.randomUUID();
        ReadModelSlice orders = database.slice(OrderViewSchema.class, Orders.class)
                .apply(withCoupon, couponAndExpressToBerlin(withCoupon), new OrderConfirmed(withCoupon),
                        new OrderShipped(withCoupon, "parcelpost", "PP-1"))
                .apply(beforeTotals, placed(beforeTotals, UUID.randomUUID()), new OrderCancelled(beforeTotals, "changed my mind"));
        List<Map<String, Object>> live = orders.rows(OrderViewSchema.ORDERS);
        List<Map<String, Object>> liveTimeline = orders.rows(OrderViewSchema.TIMELINE);
        OrderView read = orders.reader(Orders.class).byId(withCoupon).block();

        orders.rebuild();

        assertThat(live).hasSize(2);
        assertThat(orders.rows(OrderViewSchema.ORDERS)).isEqualTo(live);
        assertThat(orders.rows(OrderViewSchema.TIMELINE)).isEqualTo(liveTimeline);
        assertThat(orders.reader(Orders.class).byId(withCoupon).block()).isEqualTo(read);
    }

    @Test
    void aCustomersHistoryListsTheirOrdersNewestFirstInPages(ReadModelDatabase database) {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        UUID someoneElses = UUID.randomUUID();
        UUID cartId = UUID.randomUUID();
        ReadModelSlice orders = database.slice(OrderViewSchema.class, Orders.class)
                .apply(older, placed(older, cartId))
                .apply(someoneElses, new OrderPlaced(someoneElses, UUID.randomUUID(), UUID.randomUUID(), lines(),
                        Money.of("19.80", "EUR"), HOME, "standard", new PaymentMethod("card", "pm_card_visa"), null))
                .apply(newer, placed(newer, cartId), new OrderCancelled(newer, "changed my mind"));

        OrderHistoryPage first = orders.reader(Orders.class).ofCustomer(customerId, 0, 1).block();
        OrderHistoryPage second = orders.reader(Orders.class).ofCustomer(customerId, 1, 1).block();

        assertThat(first).isEqualTo(new OrderHistoryPage(List.of(new OrderSummary(newer, cartId, OrderStatus.CANCELLED,
                Money.of("19.80", "EUR"), at(2), at(3))), 0, 1, 2));
        assertThat(second.items()).extracting(OrderSummary::orderId).containsExactly(older);
        assertThat(second.total()).isEqualTo(2);
    }

    private OrderPlaced placed(UUID orderId, UUID cartId) {
        return new OrderPlaced(orderId, cartId, customerId, lines(), Money.of("19.80", "EUR"), HOME, "standard",
                new PaymentMethod("card", "pm_card_visa"), null);
    }

    private OrderPlaced couponAndExpressToBerlin(UUID orderId) {
        Sku mug = Sku.of("MUG-TEAL");
        Money price = Money.of("9.99", "EUR");
        List<OrderLine> lines = List.of(new OrderLine(mug, Quantity.of(3), price));
        TaxRate vat = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
        Discount coupon = new Discount(UUID.randomUUID(), null, "3 EUR off", Money.of("3.00", "EUR"),
                Money.of("0.00", "EUR"), List.of(new LineDiscount(mug, Money.of("3.00", "EUR"))));
        Totals totals = Totals.of(lines, Map.of(mug, vat),
                new ShippingQuote("parcelpost:express", Money.of("12.30", "EUR"), Destination.of("DE"), 3, vat),
                List.of(coupon));
        return new OrderPlaced(orderId, UUID.randomUUID(), customerId, lines, totals.total(), HOME, "parcelpost:express",
                new PaymentMethod("card", "pm_card_visa"), totals);
    }

    private static List<OrderLine> lines() {
        return List.of(new OrderLine(MUG, Quantity.of(2), Money.of("9.90", "EUR")));
    }
}
