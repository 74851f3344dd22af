package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.web.CommandResponses;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class AuditTrailIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    Auditor auditor;

    @BeforeEach
    void setUp() {
        auditor = new Auditor(http);
    }

    @Test
    void aCartsHistoryShowsEveryEventWithWhoActedTheCorrelationTheCauseAndTheHash() {
        String correlationId = "audit-" + UUID.randomUUID();
        Shop shop = new Shop(http.mutate().defaultHeader("X-Correlation-Id", correlationId).build());
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "MUG-BLUE", 2, "9.90").expectStatus().isAccepted();
        shop.addItem(cartId, "TEE-RED-M", 1, "19.00").expectStatus().isAccepted();

        List<JsonNode> history = auditor.history("cart", cartId);

        assertThat(history).extracting(event -> event.get("eventType").asText())
                .containsExactly("CartCreated", "ItemAddedToCart", "ItemAddedToCart");
        assertThat(history).extracting(event -> event.get("sequenceNumber").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(history).extracting(event -> event.get("revision").asText())
                .as("each stored at the contract's revision of the day").containsExactly("3", "2", "2");
        assertThat(history).extracting(event -> event.get("position").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(history).allSatisfy(event -> {
            assertThat(event.get("aggregateType").asText()).isEqualTo("Cart");
            assertThat(event.get("aggregateId").asText()).isEqualTo(cartId.toString());
            assertThat(event.get("eventId").asText()).isNotBlank();
            assertThat(event.get("timestamp").asText()).isNotBlank();
            assertThat(event.get("hash").asText()).matches("[0-9a-f]{64}");
            assertThat(event.get("metadata").get("principal").asText()).isEqualTo(shop.ownerOf(cartId).toString());
            assertThat(event.get("metadata").get("principalRoles").asText()).isEqualTo("customer");
            assertThat(event.get("metadata").get("clientId").asText()).isNotBlank();
            assertThat(event.get("metadata").get("correlationId").asText()).isEqualTo(correlationId);
            assertThat(event.get("metadata").get("causationId").asText()).isNotBlank();
        });
        // Each event was caused by its own command.
        assertThat(history).extracting(event -> event.get("metadata").get("causationId").asText()).doesNotHaveDuplicates();
        assertThat(history.get(0).get("payload").get("cartId").asText()).isEqualTo(cartId.toString());
        assertThat(history.get(1).get("payload").get("sku").asText()).isEqualTo("MUG-BLUE");
        assertThat(history.get(1).get("payload").get("unitPrice").get("amount").asText()).isEqualTo("9.90");
        assertThat(history.get(1).get("payload").get("priceList").asText()).isEqualTo("catalog");
    }

    @Test
    void theAggregateTypeMayBeWrittenInAnyCaseAndAsStoredOrKebabName() {
        new Shop(http).registerStock("AUDIT-LAMP", "BER-1", 4).expectStatus().isCreated();

        for (String type : List.of("stock-item", "StockItem", "STOCK-ITEM")) {
            assertThat(auditor.history(type, "AUDIT-LAMP@BER-1"))
                    .extracting(event -> event.get("eventType").asText()).containsExactly("StockItemRegistered");
        }
    }

    @Test
    void anUnknownAggregateTypeIsABadRequestNamingTheKnownOnes() {
        expectProblem(auditor.get("/audit/invoice/42/events"), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("aggregateType")
                .jsonPath("$.errors[0].message").isEqualTo("unknown aggregate type 'invoice'; one of cart, order, payment, stock-item, product, customer, product-review");
    }

    @Test
    void anAggregateWithoutEventsIsNotFound() {
        UUID cartId = new Shop(http).createCart();

        expectProblem(auditor.get("/audit/cart/" + UUID.randomUUID() + "/events"), 404, "/problems/not-found");
        // A cart is not an order.
        expectProblem(auditor.get("/audit/order/" + cartId + "/events"), 404, "/problems/not-found");
    }

    @Test
    void theGlobalHistoryIsPagedInStoredOrderWithACursorToTheNextPage() {
        Shop shop = new Shop(http);
        var creation = shop.openCart(UUID.randomUUID());
        UUID cartId = UUID.fromString(creation.getResponseBody().get("cartId").toString());
        long created = Long.parseLong(creation.getResponseHeaders().getFirst(CommandResponses.POSITION_HEADER));
        for (String sku : List.of("PEN-1", "PEN-2", "PEN-3", "PEN-4")) {
            shop.addItem(cartId, sku, 1, "1.50").expectStatus().isAccepted();
        }

        List<JsonNode> pages = auditor.allPages(created - 1, 2);

        List<JsonNode> events = pages.stream().flatMap(page -> stream(page.get("events"))).toList();
        assertThat(events.get(0).get("position").asLong()).isEqualTo(created);
        assertThat(events).extracting(event -> event.get("position").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(events).filteredOn(event -> event.get("aggregateId").asText().equals(cartId.toString()))
                .extracting(event -> event.get("sequenceNumber").asLong()).containsExactly(0L, 1L, 2L, 3L, 4L);
        for (JsonNode page : pages.subList(0, pages.size() - 1)) {
            List<JsonNode> pageEvents = stream(page.get("events")).toList();
            assertThat(pageEvents).hasSize(2);
            assertThat(page.get("next").asLong()).isEqualTo(pageEvents.get(1).get("position").asLong());
        }
        JsonNode lastPage = pages.get(pages.size() - 1);
        assertThat(lastPage.get("events").size()).isLessThanOrEqualTo(2);
        assertThat(lastPage.has("next")).isTrue();
        assertThat(lastPage.get("next").isNull()).isTrue();
    }

    @Test
    void aPageHoldsAHundredEventsUnlessAskedForOtherwise() {
        long registered = registerStockWithReceipts("AUDIT-BOLT", 120);

        JsonNode page = auditor.page(registered - 1, 100);
        JsonNode byDefault = auditor.get("/audit/events?after=" + (registered - 1)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(byDefault).isEqualTo(page);
        assertThat(byDefault.get("events").size()).isEqualTo(100);
        assertThat(byDefault.get("next").asLong()).isEqualTo(byDefault.get("events").get(99).get("position").asLong());
    }

    @Test
    void aPageHoldsAtMostAThousandEvents() {
        expectProblem(auditor.get("/audit/events?limit=1001"), 400, "/problems/invalid-request")
                .jsonPath("$.detail").isEqualTo("limit must be between 1 and 1000, was 1001");
        expectProblem(auditor.get("/audit/events?after=-1"), 400, "/problems/invalid-request");
    }

    @Test
    void theHistoryExportsAsNdjsonOneEventPerLineInStoredOrderPastOneReadBatch() {
        int receipts = 550;
        long registered = registerStockWithReceipts("AUDIT-NUT", receipts);

        List<JsonNode> lines = auditor.export(registered - 1);

        assertThat(lines.get(0).get("position").asLong()).isEqualTo(registered);
        assertThat(lines).extracting(line -> line.get("position").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(lines).filteredOn(line -> line.get("aggregateId").asText().equals("AUDIT-NUT@BER-1"))
                .extracting(line -> line.get("sequenceNumber").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(0, receipts).boxed().toList());
        long last = lines.get(lines.size() - 1).get("position").asLong();
        assertThat(lines).hasSize(storedBetween(registered, last));
    }

    @Test
    void aClientThatAsksForJsonOrAnythingGetsAPageNotAStream() {
        http.get().uri("/audit/events?limit=1").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.events").isArray();
        http.get().uri("/audit/events?limit=1").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.events").isArray();
    }

    /** Registers a stock item and books receipts on it; answers the position of the registration. */
    private long registerStockWithReceipts(String sku, int receipts) {
        var stockItem = StockItemId.of(sku, "BER-1");
        commands.sendAndWait(new RegisterStockItem(stockItem, 0));
        for (int receipt = 0; receipt < receipts; receipt++) {
            commands.sendAndWait(new ReceiveStock(stockItem, Quantity.of(1), "receipt-" + receipt));
        }
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", Long.class, stockItem.toString());
    }

    private int storedBetween(long first, long last) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index BETWEEN ? AND ?",
                Integer.class, first, last);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
