package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.CommandRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Stock movements are audited: the commands refuse, as they are built, a movement without its reason or reference. */
class StockCommandsTest {

    private static final StockItemId MUG_BERLIN = StockItemId.of("MUG-1", "BER-1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

    @Test
    void aStockItemStartsWithZeroOrMoreUnits() {
        assertThat(new RegisterStockItem(MUG_BERLIN, 0).onHand()).isZero();
        assertRefused(() -> new RegisterStockItem(MUG_BERLIN, -1), "negative-initial-stock", "Negative initial stock",
                "Stock item MUG-1@BER-1 cannot be registered with -1 units on hand; register the counted units (zero or more).");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void receivedUnitsNeedTheSuppliersReceiptReference(String receiptReference) {
        assertRefused(() -> new ReceiveStock(MUG_BERLIN, Quantity.of(5), receiptReference),
                "stock-details-required", "Stock details required",
                "To receive stock item MUG-1@BER-1, give the supplier's receipt reference.");
    }

    @Test
    void anAdjustmentByZeroIsRefusedBeforeItsReasonIsLookedAt() {
        assertRefused(() -> new AdjustStock(MUG_BERLIN, 0, null), "zero-stock-adjustment", "Zero stock adjustment",
                "Adjustment of stock item MUG-1@BER-1 must change the units on hand: give a positive or negative delta, not zero.");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void adjustmentsAndReleasesNeedAReason(String reason) {
        assertRefused(() -> new AdjustStock(MUG_BERLIN, -1, reason), "stock-details-required", "Stock details required",
                "To adjust stock item MUG-1@BER-1, give the reason for the adjustment (count, damage, loss).");
        assertRefused(() -> new ReleaseStockReservation(MUG_BERLIN, ORDER, reason), "stock-details-required",
                "Stock details required", "To release a reservation on stock item MUG-1@BER-1, give the reason for the release.");
    }

    @Test
    void aLowStockThresholdIsZeroToAMillionUnits() {
        assertThat(new SetLowStockThreshold(MUG_BERLIN, 0).threshold()).isZero();
        assertThat(new SetLowStockThreshold(MUG_BERLIN, SetLowStockThreshold.MAX_THRESHOLD).threshold()).isEqualTo(1_000_000);
        assertRefused(() -> new SetLowStockThreshold(MUG_BERLIN, -1), "low-stock-threshold-out-of-range",
                "Low stock threshold out of range",
                "The low-stock threshold of stock item MUG-1@BER-1 must be between 0 and 1000000 units, was -1.");
        assertRefused(() -> new SetLowStockThreshold(MUG_BERLIN, 1_000_001), "low-stock-threshold-out-of-range",
                "Low stock threshold out of range",
                "The low-stock threshold of stock item MUG-1@BER-1 must be between 0 and 1000000 units, was 1000001.");
    }
}
