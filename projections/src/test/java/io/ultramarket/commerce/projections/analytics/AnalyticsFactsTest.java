package io.ultramarket.commerce.projections.analytics;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsFactsTest {

    private static final Instant AT = Instant.parse("2026-11-25T23:59:58Z");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");

    @Test
    void aPlacedOrderIsOneLineFactPerLineWithItsTotalAndOneOrderFact() {
        OrderPlaced placed = new OrderPlaced(ORDER, UUID.randomUUID(), CUSTOMER, List.of(
                new OrderLine(Sku.of("MUG"), Quantity.of(3), Money.of("9.90", "EUR")),
                new OrderLine(Sku.of("TEA"), Quantity.of(1), Money.of("4.50", "EUR"))),
                Money.of("34.20", "EUR"), ADDRESS, "standard", CARD, null);

        FactRows rows = describe(tracked("Order", placed, 41));

        assertThat(rows.byTable().get(FactTable.ORDER_LINE)).containsExactly(
                new Object[]{"event-1", 0, ORDER.toString(), CUSTOMER.toString(), "MUG", 3, new BigDecimal("9.90"),
                        new BigDecimal("29.70"), "EUR", "2026-11-25 23:59:58", "2026-11-25", 41L},
                new Object[]{"event-1", 1, ORDER.toString(), CUSTOMER.toString(), "TEA", 1, new BigDecimal("4.50"),
                        new BigDecimal("4.50"), "EUR", "2026-11-25 23:59:58", "2026-11-25", 41L});
        assertThat(rows.byTable().get(FactTable.ORDER_EVENT)).containsExactly(
                new Object[]{"event-1", ORDER.toString(), "placed", new BigDecimal("34.20"), "EUR",
                        "2026-11-25 23:59:58", "2026-11-25", 41L});
    }

    @Test
    @DisplayName("Revenue is net of tax: 3 × 9.99 EUR with 19% VAT inside and 9.90 express is 25.18 of goods, 33.50 in all")
    void revenueIsNetOfTax() {
        TaxRate vat = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
        List<OrderLine> lines = List.of(new OrderLine(Sku.of("MUG"), Quantity.of(3), Money.of("9.99", "EUR")));
        Totals totals = Totals.of(lines, Map.of(Sku.of("MUG"), vat),
                new ShippingQuote("parcelpost:express", Money.of("9.90", "EUR"), Destination.of("DE"), 3, vat));
        OrderPlaced placed = new OrderPlaced(ORDER, UUID.randomUUID(), CUSTOMER, lines, totals.total(), ADDRESS,
                "parcelpost:express", CARD, totals);

        FactRows rows = describe(tracked("Order", placed, 41));

        assertThat(rows.byTable().get(FactTable.ORDER_LINE)).containsExactly(
                new Object[]{"event-1", 0, ORDER.toString(), CUSTOMER.toString(), "MUG", 3, new BigDecimal("8.3933"),
                        new BigDecimal("25.18"), "EUR", "2026-11-25 23:59:58", "2026-11-25", 41L});
        assertThat(rows.byTable().get(FactTable.ORDER_EVENT)).containsExactly(
                new Object[]{"event-1", ORDER.toString(), "placed", new BigDecimal("33.50"), "EUR",
                        "2026-11-25 23:59:58", "2026-11-25", 41L});
        OrderReturned returned = new OrderReturned(ORDER, UUID.randomUUID(), List.of(new ReturnedLine(Sku.of("MUG"),
                Quantity.of(1))), Money.of("9.99", "EUR"), "chipped", false, Money.of("1.60", "EUR"));
        assertThat(describe(tracked("Order", returned, 44)).byTable().get(FactTable.ORDER_EVENT).get(0)[3])
                .as("the refund less its tax").isEqualTo(new BigDecimal("8.39"));
    }

    @Test
    void aCancellationIsAnOrderFactWithoutAmount() {
        FactRows rows = describe(tracked("Order", new OrderCancelled(ORDER, "changed my mind"), 7));

        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.byTable().get(FactTable.ORDER_EVENT).get(0)).containsExactly(
                "event-1", ORDER.toString(), "cancelled", BigDecimal.ZERO, "", "2026-11-25 23:59:58", "2026-11-25", 7L);
    }

    @Test
    void aRejectionIsAnOrderFactWithoutAmount() {
        FactRows rows = describe(tracked("Order", new OrderRejected(ORDER, "not enough stock of MUG"), 8));

        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.byTable().get(FactTable.ORDER_EVENT).get(0)).containsExactly(
                "event-1", ORDER.toString(), "rejected", BigDecimal.ZERO, "", "2026-11-25 23:59:58", "2026-11-25", 8L);
    }

    @Test
    void aPartialReturnIsOneReturnLineFactPerSkuSentBackAndAnOrderFactWithItsRefund() {
        UUID returnId = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        OrderReturned returned = new OrderReturned(ORDER, returnId, List.of(
                new ReturnedLine(Sku.of("MUG"), Quantity.of(2)), new ReturnedLine(Sku.of("TEA"), Quantity.of(1))),
                Money.of("24.30", "EUR"), "too small", false, null);

        FactRows rows = describe(tracked("Order", returned, 44));

        assertThat(rows.byTable().get(FactTable.ORDER_RETURN_LINE)).containsExactly(
                new Object[]{"event-1", 0, ORDER.toString(), returnId.toString(), "MUG", 2, "2026-11-25 23:59:58", "2026-11-25", 44L},
                new Object[]{"event-1", 1, ORDER.toString(), returnId.toString(), "TEA", 1, "2026-11-25 23:59:58", "2026-11-25", 44L});
        assertThat(rows.byTable().get(FactTable.ORDER_EVENT)).containsExactly(
                new Object[]{"event-1", ORDER.toString(), "partially_returned", new BigDecimal("24.30"), "EUR",
                        "2026-11-25 23:59:58", "2026-11-25", 44L});
    }

    @Test
    void aReturnReadFromRevision1IsACompleteReturnWithoutLinesOrRefund() {
        FactRows rows = describe(tracked("Order", new OrderReturned(ORDER, UUID.randomUUID(), List.of(), null, "broken", true, null), 45));

        assertThat(rows.byTable()).doesNotContainKey(FactTable.ORDER_RETURN_LINE);
        assertThat(rows.byTable().get(FactTable.ORDER_EVENT)).containsExactly(
                new Object[]{"event-1", ORDER.toString(), "returned", BigDecimal.ZERO, "", "2026-11-25 23:59:58", "2026-11-25", 45L});
    }

    @Test
    void aCheckoutIsACartFactNamingItsOrder() {
        UUID cart = UUID.randomUUID();
        CartCheckedOut checkedOut = new CartCheckedOut(cart, ORDER, CUSTOMER,
                List.of(new OrderLine(Sku.of("MUG"), Quantity.of(1), Money.of("9.90", "EUR"))), Money.of("9.90", "EUR"),
                ADDRESS, "standard", CARD, List.of(), null);

        FactRows rows = describe(tracked("Cart", checkedOut, 3));

        assertThat(rows.byTable().get(FactTable.CART_EVENT).get(0)).containsExactly(
                "event-1", cart.toString(), "checked_out", "", 0, ORDER.toString(), "2026-11-25 23:59:58", "2026-11-25", 3L);
    }

    @Test
    void aStockAdjustmentIsAMovementOfItsSignedDelta() {
        FactRows rows = describe(tracked("StockItem", new StockAdjusted(StockItemId.of("MUG", "BER-1"), -2, "broken", 8), 9));

        assertThat(rows.byTable().get(FactTable.STOCK_MOVEMENT).get(0)).containsExactly(
                "event-1", "MUG", "BER-1", "adjusted", 2, -2, "2026-11-25 23:59:58", "2026-11-25", 9L);
    }

    @Test
    void theSameEventAlwaysGivesTheSameRowsSoARepeatIsTheSameRowAgain() {
        TrackedEventMessage<?> event = tracked("Order", new OrderCancelled(ORDER, "late"), 12);
        assertThat(describe(event).byTable().get(FactTable.ORDER_EVENT))
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(describe(event).byTable().get(FactTable.ORDER_EVENT));
    }

    private static FactRows describe(TrackedEventMessage<?> event) {
        FactRows rows = new FactRows();
        AnalyticsFacts.describe(event, rows);
        return rows;
    }

    private static TrackedEventMessage<?> tracked(String aggregateType, Object payload, long position) {
        var message = new GenericDomainEventMessage<>(aggregateType, "aggregate-1", 0, payload, null, "event-1", AT);
        return new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(position, List.of()), message);
    }
}
