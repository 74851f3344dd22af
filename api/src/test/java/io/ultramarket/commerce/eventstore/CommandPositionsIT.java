package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's {@code Commerce-Position} comes from its own append (ADR 0113): the newest event it appended, on the
 * thread that ran it; a command that appended nothing answers where its aggregate stands.
 */
@ApiIntegrationTest
class CommandPositionsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    EventStorePositions positions;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnswersPositionIsTheGlobalIndexOfTheNewestEventTheCommandAppended() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();

        long added = Long.parseLong(Shop.positionOf(shop.addItem(cartId, "POSITION-1", 2, "4.50")));

        assertThat(added).isEqualTo(newestGlobalIndexOf(cartId.toString()));
    }

    @Test
    void theHighestPositionOfEveryAppendTheCommandsMadeOnThisThreadIsReported() {
        StockItemId stock = StockItemId.of("POSITION-" + UUID.randomUUID(), "BER-1");

        OptionalLong appended = positions.appendedBy(() -> {
            commands.sendAndWait(new RegisterStockItem(stock, 3));
            commands.sendAndWait(new ReceiveStock(stock, Quantity.of(2), "PO-1"));
        });

        assertThat(appended).hasValue(newestGlobalIndexOf(stock.toString()));
        assertThat(eventsOf(stock.toString())).isEqualTo(2);
    }

    @Test
    void appendsOfAnotherThreadAreNotThisThreadsCommands() {
        StockItemId stock = StockItemId.of("POSITION-" + UUID.randomUUID(), "BER-1");

        OptionalLong appended = positions.appendedBy(() -> CompletableFuture
                .runAsync(() -> commands.sendAndWait(new RegisterStockItem(stock, 3))).join());

        assertThat(appended).isEmpty();
        assertThat(positions.latestOf(stock.toString())).isPresent();
    }

    @Test
    void anIdempotentRepeatAppendsNothingAndAnswersWhereItsAggregateStandsNow() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        shop.sell("POSITION-2", "3.00");
        shop.sell("POSITION-3", "5.00");
        String key = UUID.randomUUID().toString();
        long first = Long.parseLong(Shop.positionOf(addWithKey(shop, cartId, "POSITION-2", key)));
        long later = Long.parseLong(Shop.positionOf(shop.post("/carts/" + cartId + "/items", Shop.item("POSITION-3", 1))));
        long events = eventsOf(cartId.toString());

        long repeated = Long.parseLong(Shop.positionOf(addWithKey(shop, cartId, "POSITION-2", key)));

        assertThat(eventsOf(cartId.toString())).isEqualTo(events);
        assertThat(later).isGreaterThan(first);
        assertThat(repeated).isEqualTo(later).isEqualTo(newestGlobalIndexOf(cartId.toString()));
    }

    private WebTestClient.ResponseSpec addWithKey(Shop shop, UUID cartId, String sku, String key) {
        return http.post().uri("/carts/" + cartId + "/items").attributes(shop.asOwnerOf(cartId))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Shop.item(sku, 1)).exchange();
    }

    private long newestGlobalIndexOf(String aggregateIdentifier) {
        return jdbc.queryForObject("SELECT max(global_index) FROM " + EventStoreConfiguration.EVENT_TABLE
                + " WHERE aggregate_identifier = ?", Long.class, aggregateIdentifier);
    }

    private long eventsOf(String aggregateIdentifier) {
        return jdbc.queryForObject("SELECT count(*) FROM " + EventStoreConfiguration.EVENT_TABLE
                + " WHERE aggregate_identifier = ?", Long.class, aggregateIdentifier);
    }
}
