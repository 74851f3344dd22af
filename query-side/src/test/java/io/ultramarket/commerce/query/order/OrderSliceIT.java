package io.ultramarket.commerce.query.order;

import io.ultramarket.commerce.projections.order.OrderViewSchema;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The orders read model, from the order's events to what {@link Orders} reads: the order, its timeline, a history. */
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
                Money.of("19.80", "EUR"), HOME, "standard", "DHL", "TRACK-1", at(0), at(3), 3, List.of(
                new OrderStep(0, OrderStatus.PLACED, at(0), null),
                new OrderStep(1, OrderStatus.CONFIRMED, at(1), null),
                new OrderStep(2, OrderStatus.SHIPPED, at(2), Map.of("carrier", "DHL", "trackingNumber", "TRACK-1")),
                new OrderStep(3, OrderStatus.DELIVERED, at(3), null))));
        assertThat(orders.reader(Orders.class).byId(UUID.randomUUID()).blockOptional()).isEmpty();
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

    private static List<OrderLine> lines() {
        return List.of(new OrderLine(MUG, Quantity.of(2), Money.of("9.90", "EUR")));
    }
}
