package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import io.ultramarket.commerce.schemas.order.ReturnOrder;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.order.ReviewDecision;
import io.ultramarket.commerce.schemas.order.ReviewOrder;
import io.ultramarket.commerce.schemas.order.RequestOrderReview;
import io.ultramarket.commerce.schemas.order.RequestShipment;
import io.ultramarket.commerce.schemas.order.RejectOrder;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.order.OrderReviewApproved;
import io.ultramarket.commerce.schemas.order.OrderReviewRequested;
import io.ultramarket.commerce.schemas.order.OrderShipmentRequested;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.ultramarket.commerce.schemas.order.OrderStatus.CANCELLED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.CONFIRMED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.DELIVERED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.IN_REVIEW;
import static io.ultramarket.commerce.schemas.order.OrderStatus.REJECTED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.PLACED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.RETURNED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

class OrderTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");
    private static final OrderLine TWO_MUGS = new OrderLine(Sku.of("MUG-1"), Quantity.of(2), Money.of("10.00", "EUR"));
    private static final OrderLine ONE_TEE = new OrderLine(Sku.of("TEE-M"), Quantity.of(1), Money.of("19.99", "EUR"));

    private static final OrderPlaced PLACED_EVENT = new OrderPlaced(ORDER, CART, CUSTOMER, List.of(TWO_MUGS),
            Money.of("20.00", "EUR"), ADDRESS, "standard", CARD, null);
    private static final OrderConfirmed CONFIRMED_EVENT = new OrderConfirmed(ORDER);
    private static final OrderShipped SHIPPED_EVENT = new OrderShipped(ORDER, "DHL", "JD0001");
    private static final OrderDelivered DELIVERED_EVENT = new OrderDelivered(ORDER);
    private static final OrderCancelled CANCELLED_EVENT = new OrderCancelled(ORDER, "customer changed their mind");
    // An order placed without a breakdown is untaxed: its returns refund no tax.
    private static final Money NO_TAX = Money.of("0.00", "EUR");
    private static final UUID RETURN = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final OrderReturned RETURNED_EVENT = new OrderReturned(ORDER, RETURN,
            List.of(new ReturnedLine(Sku.of("MUG-1"), Quantity.of(2))), Money.of("20.00", "EUR"), "wrong size", true, Money.of("0.00", "EUR"));
    private static final OrderReviewRequested REVIEW_EVENT = new OrderReviewRequested(ORDER, 80, List.of("new card"));
    private static final OrderRejected REJECTED_EVENT = new OrderRejected(ORDER, "rejected on review");

    /** The events that bring an order into each status. */
    private static final Map<OrderStatus, List<Object>> HISTORY = Map.of(
            PLACED, List.of(PLACED_EVENT),
            CONFIRMED, List.of(PLACED_EVENT, CONFIRMED_EVENT),
            SHIPPED, List.of(PLACED_EVENT, CONFIRMED_EVENT, SHIPPED_EVENT),
            DELIVERED, List.of(PLACED_EVENT, CONFIRMED_EVENT, SHIPPED_EVENT, DELIVERED_EVENT),
            RETURNED, List.of(PLACED_EVENT, CONFIRMED_EVENT, SHIPPED_EVENT, DELIVERED_EVENT, RETURNED_EVENT),
            CANCELLED, List.of(PLACED_EVENT, CANCELLED_EVENT),
            IN_REVIEW, List.of(PLACED_EVENT, REVIEW_EVENT),
            REJECTED, List.of(PLACED_EVENT, REVIEW_EVENT, REJECTED_EVENT));

    /** The command that leads into each status (other than PLACED). */
    private static final Map<OrderStatus, Object> COMMAND_INTO = Map.of(
            CONFIRMED, new ConfirmOrder(ORDER),
            SHIPPED, new ShipOrder(ORDER, "DHL", "JD0001"),
            DELIVERED, new MarkOrderDelivered(ORDER, "DHL", "JD0001"),
            RETURNED, new ReturnOrder(ORDER, RETURN, List.of(new ReturnedLine(Sku.of("MUG-1"), Quantity.of(2))), "wrong size"),
            CANCELLED, new CancelOrder(ORDER, "customer changed their mind"),
            IN_REVIEW, new RequestOrderReview(ORDER, 80, List.of("new card")),
            REJECTED, new ReviewOrder(ORDER, ReviewDecision.REJECT));

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    private static PlaceOrder place(List<OrderLine> lines) {
        return new PlaceOrder(ORDER, CART, CUSTOMER, lines, ADDRESS, "standard", CARD, null);
    }

    @Test
    void aPlacedOrderIsTotalledFromItsLines() {
        fixture.givenNoPriorActivity()
                .when(place(List.of(TWO_MUGS, ONE_TEE)))
                .expectEvents(new OrderPlaced(ORDER, CART, CUSTOMER, List.of(TWO_MUGS, ONE_TEE),
                        Money.of("39.99", "EUR"), ADDRESS, "standard", CARD, null));
    }

    @Test
    void placingAnOrderThatExistsAlreadyChangesNothing() {
        fixture.given(new OrderPlaced(ORDER, CART, CUSTOMER, List.of(TWO_MUGS), Money.of("20.00", "EUR"), ADDRESS,
                        "standard", CARD, null))
                .when(place(List.of(TWO_MUGS)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void allLinesOfAnOrderArePricedInOneCurrency() {
        OrderLine dollarTee = new OrderLine(Sku.of("TEE-M"), Quantity.of(1), Money.of("19.99", "USD"));
        fixture.givenNoPriorActivity()
                .when(place(List.of(TWO_MUGS, dollarTee)))
                .expectNoEvents()
                .expectException(OrderCurrencyMismatch.class)
                .expectExceptionMessage("Order " + ORDER + " mixes prices in EUR and USD;"
                        + " all lines of an order must be priced in one currency.");
    }

    @Test
    void aPlacedOrderIsConfirmed() {
        fixture.given(HISTORY.get(PLACED))
                .when(new ConfirmOrder(ORDER))
                .expectEvents(CONFIRMED_EVENT);
    }

    @Test
    void aConfirmedOrderShipsWithItsCarrierAndTrackingNumber() {
        fixture.given(HISTORY.get(CONFIRMED))
                .when(new ShipOrder(ORDER, "DHL", "JD0001"))
                .expectEvents(SHIPPED_EVENT);
    }

    @Test
    void anOrderShipsOnlyUnderOneTrackingNumber() {
        fixture.given(HISTORY.get(SHIPPED))
                .when(new ShipOrder(ORDER, "UPS", "1Z999"))
                .expectNoEvents()
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("Order " + ORDER + " cannot go from SHIPPED to SHIPPED:"
                        + " it already shipped with DHL under tracking number JD0001.");
    }

    @Test
    void aShippedOrderIsDelivered() {
        fixture.given(HISTORY.get(SHIPPED))
                .when(new MarkOrderDelivered(ORDER, "DHL", "JD0001"))
                .expectEvents(DELIVERED_EVENT);
    }

    @Test
    void onlyTheCarrierHoldingTheParcelReportsItDelivered() {
        fixture.given(HISTORY.get(SHIPPED))
                .when(new MarkOrderDelivered(ORDER, "UPS", "JD0001"))
                .expectNoEvents()
                .expectException(ParcelNotWithCarrier.class)
                .expectExceptionMessage("Order " + ORDER + " has no parcel with UPS under tracking number JD0001.");
    }

    @Test
    void aDeliveryReportNamesTheParcelsTrackingNumber() {
        fixture.given(HISTORY.get(SHIPPED))
                .when(new MarkOrderDelivered(ORDER, "DHL", "JD9999"))
                .expectNoEvents()
                .expectException(ParcelNotWithCarrier.class);
    }

    @Test
    void aDeliveredOrderCanBeReturned() {
        fixture.given(HISTORY.get(DELIVERED))
                .when(new ReturnOrder(ORDER, RETURN, List.of(new ReturnedLine(Sku.of("MUG-1"), Quantity.of(2))), "wrong size"))
                .expectEvents(RETURNED_EVENT);
    }

    @Test
    void aPlacedOrderCanBeCancelled() {
        fixture.given(HISTORY.get(PLACED))
                .when(new CancelOrder(ORDER, "customer changed their mind"))
                .expectEvents(CANCELLED_EVENT);
    }

    @Test
    void aConfirmedOrderCanStillBeCancelled() {
        fixture.given(HISTORY.get(CONFIRMED))
                .when(new CancelOrder(ORDER, "payment declined"))
                .expectEvents(new OrderCancelled(ORDER, "payment declined"));
    }

    @Test
    void aShippedOrderCannotBeCancelled() {
        fixture.given(HISTORY.get(SHIPPED))
                .when(new CancelOrder(ORDER, "too late"))
                .expectNoEvents()
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("Order " + ORDER + " cannot go from SHIPPED to CANCELLED:"
                        + " from SHIPPED it can only become DELIVERED.");
    }

    @Test
    void aPlacedOrderMustBeConfirmedBeforeItShips() {
        fixture.given(HISTORY.get(PLACED))
                .when(new ShipOrder(ORDER, "DHL", "JD0001"))
                .expectNoEvents()
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("Order " + ORDER + " cannot go from PLACED to SHIPPED:"
                        + " from PLACED it can only become CANCELLED or CONFIRMED or IN_REVIEW or REJECTED.");
    }

    @Test
    void aCancelledOrderIsFinal() {
        fixture.given(HISTORY.get(CANCELLED))
                .when(new ConfirmOrder(ORDER))
                .expectNoEvents()
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("Order " + ORDER + " cannot go from CANCELLED to CONFIRMED: CANCELLED is final.");
    }

    @Test
    void aDeliveredOrderMayComeBackInParts() {
        ReturnedLine oneMug = new ReturnedLine(Sku.of("MUG-1"), Quantity.of(1));
        UUID second = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
        OrderReturned first = new OrderReturned(ORDER, RETURN, List.of(oneMug), Money.of("10.00", "EUR"), "chipped", false, NO_TAX);
        fixture.given(HISTORY.get(DELIVERED))
                .when(new ReturnOrder(ORDER, RETURN, List.of(oneMug), "chipped"))
                .expectEvents(first)
                .expectState(order -> assertThat(order).extracting("status").isEqualTo(DELIVERED));
        fixture.given(concat(HISTORY.get(DELIVERED), first))
                .when(new ReturnOrder(ORDER, second, List.of(oneMug), "chipped too"))
                .expectEvents(new OrderReturned(ORDER, second, List.of(oneMug), Money.of("10.00", "EUR"), "chipped too", true, NO_TAX));
    }

    @Test
    void noMoreUnitsComeBackThanWereDelivered() {
        fixture.given(HISTORY.get(DELIVERED))
                .when(new ReturnOrder(ORDER, RETURN, List.of(new ReturnedLine(Sku.of("MUG-1"), Quantity.of(3))), "too many"))
                .expectNoEvents()
                .expectException(ReturnExceedsDelivered.class)
                .expectExceptionMessage("Order " + ORDER + " can take back at most 2 unit(s) of MUG-1, not 3.");
        fixture.given(HISTORY.get(DELIVERED))
                .when(new ReturnOrder(ORDER, RETURN, List.of(new ReturnedLine(Sku.of("TEE-M"), Quantity.of(1))), "never ordered"))
                .expectNoEvents()
                .expectException(ReturnExceedsDelivered.class);
    }

    @Test
    void anApprovedReviewSendsTheOrderBackToPlacedAndOnToConfirmation() {
        fixture.given(HISTORY.get(IN_REVIEW))
                .when(new ReviewOrder(ORDER, ReviewDecision.APPROVE))
                .expectEvents(new OrderReviewApproved(ORDER));
        fixture.given(concat(HISTORY.get(IN_REVIEW), new OrderReviewApproved(ORDER)))
                .when(new ConfirmOrder(ORDER))
                .expectEvents(CONFIRMED_EVENT);
    }

    @Test
    void onlyAnOrderInReviewIsReviewed() {
        fixture.given(HISTORY.get(PLACED))
                .when(new ReviewOrder(ORDER, ReviewDecision.APPROVE))
                .expectNoEvents()
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage("Order " + ORDER + " cannot go from PLACED to PLACED: only an order IN_REVIEW can be reviewed.");
    }

    @Test
    void anOrderWithoutStockIsRejectedWithTheReason() {
        fixture.given(HISTORY.get(PLACED))
                .when(new RejectOrder(ORDER, "not enough stock of MUG-1"))
                .expectEvents(new OrderRejected(ORDER, "not enough stock of MUG-1"));
    }

    @Test
    void aConfirmedOrderIsHandedToACarrierOnce() {
        var requested = new OrderShipmentRequested(ORDER, "parcelpost:standard", ADDRESS, 2);
        fixture.given(HISTORY.get(CONFIRMED))
                .when(new RequestShipment(ORDER, "parcelpost:standard", ADDRESS, 2))
                .expectEvents(requested);
        fixture.given(concat(HISTORY.get(CONFIRMED), requested))
                .when(new RequestShipment(ORDER, "parcelpost:standard", ADDRESS, 2))
                .expectNoEvents();
        fixture.given(HISTORY.get(PLACED))
                .when(new RequestShipment(ORDER, "parcelpost:standard", ADDRESS, 2))
                .expectNoEvents()
                .expectException(IllegalOrderTransition.class);
    }

    @Test
    void aLateDispatchReportOfTheSameShipmentChangesNothing() {
        fixture.given(HISTORY.get(DELIVERED))
                .when(new ShipOrder(ORDER, "DHL", "JD0001"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static List<Object> concat(List<Object> history, Object next) {
        List<Object> all = new java.util.ArrayList<>(history);
        all.add(next);
        return all;
    }

    static Stream<OrderStatus> statusesReachedByACommand() {
        return COMMAND_INTO.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "repeating the command that made the order {0} changes nothing")
    @MethodSource("statusesReachedByACommand")
    void repeatingTheCommandThatLedToTheCurrentStatusChangesNothing(OrderStatus status) {
        fixture.given(HISTORY.get(status))
                .when(COMMAND_INTO.get(status))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    static Stream<Arguments> illegalTransitions() {
        Map<OrderStatus, List<OrderStatus>> legal = Map.of(
                PLACED, List.of(IN_REVIEW, CONFIRMED, CANCELLED, REJECTED),
                IN_REVIEW, List.of(CANCELLED, REJECTED),
                CONFIRMED, List.of(SHIPPED, CANCELLED),
                SHIPPED, List.of(DELIVERED),
                // A late report of the same shipment is not a step back (aLateDispatchReportOfTheSameShipmentChangesNothing).
                DELIVERED, List.of(RETURNED, SHIPPED),
                CANCELLED, List.of(),
                REJECTED, List.of(),
                RETURNED, List.of(SHIPPED));
        return HISTORY.keySet().stream().sorted().flatMap(from -> COMMAND_INTO.keySet().stream().sorted()
                .filter(to -> to != from && !legal.get(from).contains(to))
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "an order that is {0} cannot become {1}")
    @MethodSource("illegalTransitions")
    void everyOtherTransitionIsRefusedNamingBothStatuses(OrderStatus from, OrderStatus to) {
        fixture.given(HISTORY.get(from))
                .when(COMMAND_INTO.get(to))
                .expectNoEvents()
                .expectException(IllegalOrderTransition.class)
                .expectExceptionMessage(startsWith(
                        "Order " + ORDER + " cannot go from " + from + " to " + to + ": "));
    }
}
