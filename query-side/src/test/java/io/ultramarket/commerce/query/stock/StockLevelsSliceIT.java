package io.ultramarket.commerce.query.stock;

import io.ultramarket.commerce.projections.stock.StockLevelsSchema;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The stock levels read model, from the stock items' events to what {@link StockLevels} reads for a SKU. */
@ExtendWith(ReadModelSlices.class)
class StockLevelsSliceIT {

    private static final StockItemId BERLIN = StockItemId.of("MUG-BLUE", "BER-1");
    private static final StockItemId HAMBURG = StockItemId.of("MUG-BLUE", "HAM-1");

    @Test
    void aSkusStockShowsWhatEachWarehouseHasOnHandReservedAndAvailable(ReadModelDatabase database) {
        UUID order = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        ReadModelSlice stock = database.slice(StockLevelsSchema.class, StockLevels.class)
                .apply(HAMBURG, new StockItemRegistered(HAMBURG, 4))
                .apply(BERLIN, new StockItemRegistered(BERLIN, 10),
                        new StockReserved(BERLIN, order, Quantity.of(3), 7),
                        new StockReserved(BERLIN, cancelled, Quantity.of(2), 5),
                        new StockReservationCommitted(BERLIN, order, Quantity.of(3), 7),
                        new StockReservationReleased(BERLIN, cancelled, Quantity.of(2), "order cancelled"),
                        new StockReceived(BERLIN, Quantity.of(5), "receipt-1", 12),
                        new StockReserved(BERLIN, UUID.randomUUID(), Quantity.of(1), 11));

        assertThat(stock.reader(StockLevels.class).ofSku("MUG-BLUE").collectList().block()).containsExactly(
                new StockLevel("MUG-BLUE", "BER-1", 12, 1, 11, 6, at(7)),
                new StockLevel("MUG-BLUE", "HAM-1", 4, 0, 4, 0, at(0)));
        assertThat(stock.reader(StockLevels.class).ofSku("TEA-GREEN").collectList().block()).isEmpty();
    }

    /** Reservations add up, so only the row's version keeps an event applied twice from counting twice. */
    @Test
    void aReservationAppliedAgainIsCountedOnce(ReadModelDatabase database) {
        StockReserved reserved = new StockReserved(BERLIN, UUID.randomUUID(), Quantity.of(3), 7);
        ReadModelSlice stock = database.slice(StockLevelsSchema.class, StockLevels.class)
                .apply(BERLIN, new StockItemRegistered(BERLIN, 10), reserved)
                .applyAgain(BERLIN, 1, reserved);

        assertThat(stock.reader(StockLevels.class).ofSku("MUG-BLUE").single().block().reserved()).isEqualTo(3);
    }
}
