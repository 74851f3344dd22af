package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.command.stock.InsufficientStock;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Reservations are sent by the checkout process, not over HTTP: this drives the real command bus and store. */
@ApiIntegrationTest
class ConcurrentReservationIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    StoredEvents events;

    @Test
    void aHundredParallelReservationsForTenUnitsReserveExactlyTen() throws Exception {
        var stockItem = StockItemId.of("LAST-TEN", "BER-1");
        commands.sendAndWait(new RegisterStockItem(stockItem, 10));

        ExecutorService shoppers = Executors.newFixedThreadPool(32);
        List<CompletableFuture<Boolean>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                attempts.add(CompletableFuture.supplyAsync(() -> reserveOne(stockItem), shoppers));
            }
            long reserved = attempts.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();
            assertThat(reserved).isEqualTo(10);
        } finally {
            shoppers.shutdown();
        }

        var reservations = events.of(stockItem).stream()
                .filter(event -> event.getPayload() instanceof StockReserved)
                .map(event -> (StockReserved) event.getPayload())
                .toList();
        assertThat(reservations).hasSize(10);
        assertThat(reservations.stream().mapToInt(reservation -> reservation.quantity().value()).sum()).isEqualTo(10);
        assertThat(reservations.get(reservations.size() - 1).available()).isZero();
        assertThat(reserveOne(stockItem)).as("an eleventh reservation").isFalse();
    }

    private boolean reserveOne(StockItemId stockItem) {
        try {
            commands.sendAndWait(new ReserveStock(stockItem, UUID.randomUUID(), Quantity.of(1)));
            return true;
        } catch (InsufficientStock soldOut) {
            return false;
        }
    }
}
