package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.AdjustStock;
import io.ultramarket.commerce.schemas.stock.ClearLowStockThreshold;
import io.ultramarket.commerce.schemas.stock.CommitStockReservation;
import io.ultramarket.commerce.schemas.stock.LowStockCleared;
import io.ultramarket.commerce.schemas.stock.LowStockReached;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdChanged;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdCleared;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReleaseStockReservation;
import io.ultramarket.commerce.schemas.stock.ReserveAvailableStock;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.SetLowStockThreshold;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/**
 * Low-stock alerts (ADR 0059): a stock item says once when what is available falls to its threshold or below,
 * and once when it is above it again, whichever command moved it.
 */
class LowStockAlertsTest {

    private static final StockItemId MUG_BERLIN = StockItemId.of("MUG-1", "BER-1");
    private static final UUID ORDER_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ORDER_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    /** A stock item whose handlers are told this shop default. */
    private static FixtureConfiguration<StockItem> shop(LowStockDefault defaults) {
        FixtureConfiguration<StockItem> fixture = new AggregateTestFixture<>(StockItem.class);
        fixture.registerInjectableResource(defaults);
        return fixture;
    }

    private static FixtureConfiguration<StockItem> shopWithoutDefault() {
        return shop(LowStockDefault.none());
    }

    private static StockItemRegistered registered(int onHand) {
        return new StockItemRegistered(MUG_BERLIN, onHand);
    }

    private static LowStockThresholdChanged thresholdChanged(int threshold) {
        return new LowStockThresholdChanged(MUG_BERLIN, threshold);
    }

    private static StockReserved reserved(UUID orderId, int quantity, int available) {
        return new StockReserved(MUG_BERLIN, orderId, Quantity.of(quantity), available);
    }

    private static LowStockReached reachedLow(int available, int threshold) {
        return new LowStockReached(MUG_BERLIN, available, threshold);
    }

    private static LowStockCleared cleared(int available, Integer threshold) {
        return new LowStockCleared(MUG_BERLIN, available, threshold);
    }

    /** Ten units, a threshold of five, and order A holding six: four available, low. */
    private static Object[] lowWithFourAvailable() {
        return new Object[]{registered(10), thresholdChanged(5), reserved(ORDER_A, 6, 4), reachedLow(4, 5)};
    }

    @Test
    void withoutAnyThresholdNothingIsWatched() {
        shopWithoutDefault().givenNoPriorActivity()
                .when(new RegisterStockItem(MUG_BERLIN, 0))
                .expectEvents(registered(0));
    }

    @Test
    void anItemRegisteredAtOrBelowTheDefaultThresholdStartsLow() {
        shop(LowStockDefault.of(5)).givenNoPriorActivity()
                .when(new RegisterStockItem(MUG_BERLIN, 5))
                .expectEvents(registered(5), reachedLow(5, 5));
    }

    @Test
    void anItemRegisteredAboveTheDefaultThresholdIsNotLow() {
        shop(LowStockDefault.of(5)).givenNoPriorActivity()
                .when(new RegisterStockItem(MUG_BERLIN, 6))
                .expectEvents(registered(6));
    }

    @Test
    void aReservationThatTakesWhatIsAvailableToTheThresholdRunsLow() {
        shopWithoutDefault().given(registered(10), thresholdChanged(5))
                .when(new ReserveStock(MUG_BERLIN, ORDER_A, Quantity.of(5)))
                .expectEvents(reserved(ORDER_A, 5, 5), reachedLow(5, 5));
    }

    @Test
    void aReservationThatLeavesMoreThanTheThresholdIsNoAlert() {
        shopWithoutDefault().given(registered(10), thresholdChanged(5))
                .when(new ReserveStock(MUG_BERLIN, ORDER_A, Quantity.of(4)))
                .expectEvents(reserved(ORDER_A, 4, 6));
    }

    @Test
    void holdingWhatIsAvailableAcrossWarehousesRunsLowToo() {
        shopWithoutDefault().given(registered(10), thresholdChanged(5))
                .when(new ReserveAvailableStock(MUG_BERLIN, ORDER_A, Quantity.of(8)))
                .expectEvents(reserved(ORDER_A, 8, 2), reachedLow(2, 5))
                .expectResultMessagePayload(8);
    }

    @Test
    void aWriteOffBelowTheThresholdRunsLow() {
        shopWithoutDefault().given(registered(10), thresholdChanged(5))
                .when(new AdjustStock(MUG_BERLIN, -7, "broken in the forklift accident"))
                .expectEvents(new StockAdjusted(MUG_BERLIN, -7, "broken in the forklift accident", 3), reachedLow(3, 5));
    }

    @Test
    void anItemThatIsLowIsNotSaidLowAgainOnEveryReservation() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new ReserveStock(MUG_BERLIN, ORDER_B, Quantity.of(2)))
                .expectEvents(reserved(ORDER_B, 2, 2));
    }

    @Test
    void aReceiptThatLiftsWhatIsAvailableAboveTheThresholdClearsTheAlert() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new ReceiveStock(MUG_BERLIN, Quantity.of(3), "GRN-1"))
                .expectEvents(new StockReceived(MUG_BERLIN, Quantity.of(3), "GRN-1", 13), cleared(7, 5));
    }

    @Test
    void aReceiptThatOnlyReachesTheThresholdLeavesTheItemLowWithoutAWord() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new ReceiveStock(MUG_BERLIN, Quantity.of(1), "GRN-2"))
                .expectEvents(new StockReceived(MUG_BERLIN, Quantity.of(1), "GRN-2", 11));
    }

    @Test
    void aReleasedReservationClearsTheAlert() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new ReleaseStockReservation(MUG_BERLIN, ORDER_A, "order cancelled"))
                .expectEvents(new StockReservationReleased(MUG_BERLIN, ORDER_A, Quantity.of(6), "order cancelled"),
                        cleared(10, 5));
    }

    @Test
    void shippingLeavesWhatIsAvailableAndSoTheAlertAsItWas() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new CommitStockReservation(MUG_BERLIN, ORDER_A))
                .expectEvents(new StockReservationCommitted(MUG_BERLIN, ORDER_A, Quantity.of(6), 4));
    }

    @Test
    void anItemThatRanLowAgainAfterRecoveringIsSaidLowAgain() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .andGiven(new StockReservationReleased(MUG_BERLIN, ORDER_A, Quantity.of(6), "order cancelled"), cleared(10, 5))
                .when(new ReserveStock(MUG_BERLIN, ORDER_B, Quantity.of(7)))
                .expectEvents(reserved(ORDER_B, 7, 3), reachedLow(3, 5));
    }

    @Test
    void raisingTheThresholdToWhatIsAvailableRunsLow() {
        shopWithoutDefault().given(registered(10), thresholdChanged(5))
                .when(new SetLowStockThreshold(MUG_BERLIN, 10))
                .expectEvents(thresholdChanged(10), reachedLow(10, 10));
    }

    @Test
    void loweringTheThresholdBelowWhatIsAvailableClearsTheAlert() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new SetLowStockThreshold(MUG_BERLIN, 3))
                .expectEvents(thresholdChanged(3), cleared(4, 3));
    }

    @Test
    void settingTheSameThresholdAgainChangesNothing() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new SetLowStockThreshold(MUG_BERLIN, 5))
                .expectNoEvents();
    }

    @Test
    void anItemsOwnThresholdReplacesTheDefault() {
        shop(LowStockDefault.of(5)).given(registered(10), thresholdChanged(2))
                .when(new ReserveStock(MUG_BERLIN, ORDER_A, Quantity.of(6)))
                .expectEvents(reserved(ORDER_A, 6, 4));
    }

    @Test
    void clearingItsOwnThresholdFallsBackToTheDefault() {
        shop(LowStockDefault.of(5)).given(registered(10), thresholdChanged(2), reserved(ORDER_A, 6, 4))
                .when(new ClearLowStockThreshold(MUG_BERLIN))
                .expectEvents(new LowStockThresholdCleared(MUG_BERLIN), reachedLow(4, 5));
    }

    @Test
    void clearingItsOwnThresholdWithoutADefaultEndsTheAlert() {
        shopWithoutDefault().given(lowWithFourAvailable())
                .when(new ClearLowStockThreshold(MUG_BERLIN))
                .expectEvents(new LowStockThresholdCleared(MUG_BERLIN), cleared(4, null));
    }

    @Test
    void clearingAThresholdThatWasNeverSetChangesNothing() {
        shop(LowStockDefault.of(5)).given(registered(10))
                .when(new ClearLowStockThreshold(MUG_BERLIN))
                .expectNoEvents();
    }

    @Test
    void aDefaultConfiguredLaterIsJudgedByAtTheItemsNextChange() {
        shop(LowStockDefault.of(20)).given(registered(10))
                .when(new ReceiveStock(MUG_BERLIN, Quantity.of(1), "GRN-3"))
                .expectEvents(new StockReceived(MUG_BERLIN, Quantity.of(1), "GRN-3", 11), reachedLow(11, 20));
    }
}
