package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.AdjustStock;
import io.ultramarket.commerce.schemas.stock.CommitStockReservation;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReleaseStockReservation;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.ReserveAvailableStock;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class StockItemTest {

    private static final StockItemId MUG_BERLIN = StockItemId.of("MUG-1", "BER-1");
    private static final UUID ORDER_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ORDER_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private FixtureConfiguration<StockItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItem.class);
        // Without a default threshold nothing here is watched; LowStockAlertsTest covers the watching.
        fixture.registerInjectableResource(LowStockDefault.none());
    }

    private static Quantity qty(int value) {
        return Quantity.of(value);
    }

    private static StockItemRegistered registered(int onHand) {
        return new StockItemRegistered(MUG_BERLIN, onHand);
    }

    private static StockReserved reserved(UUID orderId, int quantity, int available) {
        return new StockReserved(MUG_BERLIN, orderId, qty(quantity), available);
    }

    @Test
    void aStockItemStartsWithTheCountedUnits() {
        fixture.givenNoPriorActivity()
                .when(new RegisterStockItem(MUG_BERLIN, 10))
                .expectEvents(registered(10));
    }

    @Test
    void aStockItemMayStartEmpty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterStockItem(MUG_BERLIN, 0))
                .expectEvents(registered(0));
    }

    @Test
    void receivedUnitsAddToTheUnitsOnHand() {
        fixture.given(registered(10))
                .when(new ReceiveStock(MUG_BERLIN, qty(5), "GRN-4711"))
                .expectEvents(new StockReceived(MUG_BERLIN, qty(5), "GRN-4711", 15));
    }

    @Test
    void receiptsCannotTakeTheUnitsOnHandPastABillion() {
        fixture.given(registered(StockItem.MAX_ON_HAND - 4))
                .when(new ReceiveStock(MUG_BERLIN, qty(5), "GRN-4712"))
                .expectNoEvents()
                .expectException(StockOnHandLimitExceeded.class);
    }

    @Test
    void adjustmentsCannotTakeTheUnitsOnHandPastABillion() {
        fixture.given(registered(StockItem.MAX_ON_HAND))
                .when(new AdjustStock(MUG_BERLIN, 1, "recount"))
                .expectNoEvents()
                .expectException(StockOnHandLimitExceeded.class);
    }

    @Test
    void aCountedSurplusIsAddedByAdjustment() {
        fixture.given(registered(10))
                .when(new AdjustStock(MUG_BERLIN, 2, "annual count"))
                .expectEvents(new StockAdjusted(MUG_BERLIN, 2, "annual count", 12));
    }

    @Test
    void lostUnitsAreWrittenOffByAdjustment() {
        fixture.given(registered(10), new StockReceived(MUG_BERLIN, qty(5), "GRN-4711", 15))
                .when(new AdjustStock(MUG_BERLIN, -4, "damaged in transit"))
                .expectEvents(new StockAdjusted(MUG_BERLIN, -4, "damaged in transit", 11));
    }

    @Test
    void availableNeverDropsBelowZero() {
        fixture.given(registered(10), reserved(ORDER_A, 8, 2))
                .when(new AdjustStock(MUG_BERLIN, -3, "damaged"))
                .expectNoEvents()
                .expectException(StockAdjustmentBelowReserved.class)
                .expectExceptionMessage("Adjusting stock item MUG-1@BER-1 by -3 would leave 7 units on hand,"
                        + " below the 8 reserved for orders; at most 2 units can be written off."
                        + " Release reservations first if the units are really gone.");
    }

    @Test
    void unreservedUnitsCanAllBeWrittenOff() {
        fixture.given(registered(10), reserved(ORDER_A, 8, 2))
                .when(new AdjustStock(MUG_BERLIN, -2, "damaged"))
                .expectEvents(new StockAdjusted(MUG_BERLIN, -2, "damaged", 8));
    }

    @Test
    void reservingWhatIsAvailableHoldsAtMostTheUnitsLeftAndAnswersHowMany() {
        fixture.given(registered(10), reserved(ORDER_A, 6, 4))
                .when(new ReserveAvailableStock(MUG_BERLIN, ORDER_B, qty(7)))
                .expectEvents(reserved(ORDER_B, 4, 0))
                .expectResultMessagePayload(4);
    }

    @Test
    void reservingWhatIsAvailableFromAnEmptyWarehouseAnswersNothingHeld() {
        fixture.given(registered(10), reserved(ORDER_A, 10, 0))
                .when(new ReserveAvailableStock(MUG_BERLIN, ORDER_B, qty(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0);
    }

    @Test
    void reservingWhatIsAvailableAgainAnswersTheUnitsAlreadyHeld() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7))
                .when(new ReserveAvailableStock(MUG_BERLIN, ORDER_A, qty(5)))
                .expectNoEvents()
                .expectResultMessagePayload(3);
    }

    @Test
    void reservingHoldsUnitsForAnOrder() {
        fixture.given(registered(10))
                .when(new ReserveStock(MUG_BERLIN, ORDER_A, qty(3)))
                .expectEvents(reserved(ORDER_A, 3, 7));
    }

    @Test
    void theLastAvailableUnitsCanBeReserved() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7))
                .when(new ReserveStock(MUG_BERLIN, ORDER_B, qty(7)))
                .expectEvents(reserved(ORDER_B, 7, 0));
    }

    @Test
    void anOrderCannotReserveMoreThanIsAvailable() {
        fixture.given(registered(2))
                .when(new ReserveStock(MUG_BERLIN, ORDER_A, qty(3)))
                .expectNoEvents()
                .expectException(InsufficientStock.class)
                .expectExceptionMessage("Cannot reserve 3 units of MUG-1 in warehouse BER-1 for order " + ORDER_A
                        + ": only 2 available.");
    }

    @Test
    void unitsHeldForOneOrderAreNotAvailableToAnother() {
        fixture.given(registered(10), reserved(ORDER_A, 8, 2))
                .when(new ReserveStock(MUG_BERLIN, ORDER_B, qty(3)))
                .expectNoEvents()
                .expectException(InsufficientStock.class)
                .expectExceptionMessage("Cannot reserve 3 units of MUG-1 in warehouse BER-1 for order " + ORDER_B
                        + ": only 2 available.");
    }

    @Test
    void reservingTwiceForTheSameOrderReservesOnce() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7))
                .when(new ReserveStock(MUG_BERLIN, ORDER_A, qty(3)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRepeatedReservationWithAnotherQuantityKeepsTheFirst() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7))
                .when(new ReserveStock(MUG_BERLIN, ORDER_A, qty(9)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingAReservationGivesItsUnitsBack() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7))
                .when(new ReleaseStockReservation(MUG_BERLIN, ORDER_A, "order cancelled"))
                .expectEvents(new StockReservationReleased(MUG_BERLIN, ORDER_A, qty(3), "order cancelled"));
    }

    @Test
    void releasedUnitsCanBeReservedByAnotherOrder() {
        fixture.given(registered(5), reserved(ORDER_A, 5, 0),
                        new StockReservationReleased(MUG_BERLIN, ORDER_A, qty(5), "payment declined"))
                .when(new ReserveStock(MUG_BERLIN, ORDER_B, qty(5)))
                .expectEvents(reserved(ORDER_B, 5, 0));
    }

    @Test
    void releasingAReservationThatDoesNotExistChangesNothing() {
        fixture.given(registered(10))
                .when(new ReleaseStockReservation(MUG_BERLIN, ORDER_A, "order cancelled"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingTwiceReleasesOnce() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7),
                        new StockReservationReleased(MUG_BERLIN, ORDER_A, qty(3), "order cancelled"))
                .when(new ReleaseStockReservation(MUG_BERLIN, ORDER_A, "order cancelled"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void committingAReservationShipsItsUnits() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7))
                .when(new CommitStockReservation(MUG_BERLIN, ORDER_A))
                .expectEvents(new StockReservationCommitted(MUG_BERLIN, ORDER_A, qty(3), 7));
    }

    @Test
    void committedUnitsLeaveBothOnHandAndReserved() {
        // Had the commit only lowered on hand, 3 units would still count as reserved and only 4 be available.
        fixture.given(registered(10), reserved(ORDER_A, 3, 7),
                        new StockReservationCommitted(MUG_BERLIN, ORDER_A, qty(3), 7))
                .when(new ReserveStock(MUG_BERLIN, ORDER_B, qty(7)))
                .expectEvents(reserved(ORDER_B, 7, 0));
    }

    @Test
    void unitsThatWereNeverReservedCannotBeCommitted() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7))
                .when(new CommitStockReservation(MUG_BERLIN, ORDER_B))
                .expectNoEvents()
                .expectException(StockReservationNotFound.class)
                .expectExceptionMessage("Order " + ORDER_B + " holds no reservation on stock item MUG-1@BER-1;"
                        + " reserve the stock before committing it for shipment.");
    }

    @Test
    void aReleasedReservationCannotBeCommitted() {
        fixture.given(registered(10), reserved(ORDER_A, 3, 7),
                        new StockReservationReleased(MUG_BERLIN, ORDER_A, qty(3), "order cancelled"))
                .when(new CommitStockReservation(MUG_BERLIN, ORDER_A))
                .expectNoEvents()
                .expectException(StockReservationNotFound.class);
    }
}
