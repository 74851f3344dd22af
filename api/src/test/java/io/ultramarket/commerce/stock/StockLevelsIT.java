package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.web.CommandResponses;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

@ApiIntegrationTest
class StockLevelsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;

    @Test
    void stockIsReadPerWarehouseWithTotalsAndTheReaderSeesItsOwnWrite() {
        var shop = new Shop(http);
        shop.registerStock("CHAIR-7", "BER-1", 10).expectStatus().isCreated();
        shop.registerStock("CHAIR-7", "HAM-2", 4).expectStatus().isCreated();
        // A refused creation rolls back its insert and leaves a gap in the global positions for good.
        shop.registerStock("CHAIR-7", "HAM-2", 4).expectStatus().isEqualTo(409);
        commands.sendAndWait(new ReserveStock(StockItemId.of("CHAIR-7", "BER-1"), UUID.randomUUID(), Quantity.of(3)));
        String position = shop.post("/stock/CHAIR-7/receipts",
                        Map.of("warehouse", "HAM-2", "quantity", 6, "receiptReference", "PO-1"))
                .expectStatus().isAccepted()
                .returnResult(Void.class).getResponseHeaders().getFirst(CommandResponses.POSITION_HEADER);

        // An answer marked current includes the reader's own write. (Whether the bounded wait suffices
        // depends on the machine's load, so the request is repeated until it does, as a client would.)
        await().atMost(Duration.ofSeconds(30)).until(() -> "current".equals(http.get().uri("/stock/CHAIR-7")
                .header(ReadYourWrites.POSITION_HEADER, position).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.warehouses[1].onHand").isEqualTo(10)
                .returnResult().getResponseHeaders().getFirst(ReadYourWrites.CONSISTENCY_HEADER)));

        // Writes to the other warehouse arrive too; the totals add both up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/stock/CHAIR-7").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.onHand").isEqualTo(20)
                .jsonPath("$.reserved").isEqualTo(3)
                .jsonPath("$.available").isEqualTo(17)
                .jsonPath("$.warehouses[0].warehouse").isEqualTo("BER-1")
                .jsonPath("$.warehouses[0].available").isEqualTo(7)
                .jsonPath("$.warehouses[1].warehouse").isEqualTo("HAM-2"));
    }

    @Test
    void anUnknownSkuIsNotFound() {
        http.get().uri("/stock/NEVER-STOCKED").exchange().expectStatus().isNotFound();
    }
}
