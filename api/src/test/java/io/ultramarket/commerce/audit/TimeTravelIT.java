package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class TimeTravelIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    Shop shop;
    Auditor auditor;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        auditor = new Auditor(http);
    }

    @Test
    void aCartIsRebuiltAsItWasJustBeforeAndRightAfterAnItemWasAdded() {
        UUID cartId = shop.createCart();
        Instant created = timestampOf(auditor.history("cart", cartId).get(0));
        shop.addItem(cartId, "MUG-BLUE", 2, "9.90").expectStatus().isAccepted();
        Instant added = timestampOf(auditor.history("cart", cartId).get(1));
        assertThat(added).as("the item was added after the cart was created").isAfter(created);

        JsonNode justBefore = auditor.state("cart", cartId, added.minusNanos(1));
        JsonNode rightAfter = auditor.state("cart", cartId, added);

        assertThat(justBefore.get("aggregateType").asText()).isEqualTo("Cart");
        assertThat(justBefore.get("aggregateId").asText()).isEqualTo(cartId.toString());
        assertThat(justBefore.get("sequenceNumber").asLong()).isZero();
        assertThat(justBefore.get("state").get("cartId").asText()).isEqualTo(cartId.toString());
        assertThat(justBefore.get("state").get("lines").isEmpty()).isTrue();
        assertThat(rightAfter.get("sequenceNumber").asLong()).isEqualTo(1);
        JsonNode mugs = rightAfter.get("state").get("lines").get("MUG-BLUE");
        assertThat(mugs.get("quantity").asInt()).isEqualTo(2);
        assertThat(mugs.get("unitPrice").get("amount").asText()).isEqualTo("9.90");
        assertThat(rightAfter.get("state").get("checkedOutAsOrder").isNull()).isTrue();
    }

    @Test
    void aStockItemIsRebuiltFromItsEventsAlthoughItsSnapshotIsYounger() {
        var stockItem = StockItemId.of("AUDIT-CLOCK", "HAM-2");
        commands.sendAndWait(new RegisterStockItem(stockItem, 5));
        for (int receipt = 0; receipt < 110; receipt++) {
            commands.sendAndWait(new ReceiveStock(stockItem, Quantity.of(1), "receipt-" + receipt));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class, stockItem.toString())).as("a snapshot was taken").isPositive();
        List<JsonNode> history = auditor.history("stock-item", stockItem);
        Instant early = timestampOf(history.get(3));
        // Several events may share a millisecond: the state at an instant includes all of them.
        JsonNode lastEventByThen = history.stream().filter(event -> !timestampOf(event).isAfter(early))
                .reduce((earlier, later) -> later).orElseThrow();

        JsonNode past = auditor.state("stock-item", stockItem, early);

        assertThat(past.get("sequenceNumber").asLong()).isEqualTo(lastEventByThen.get("sequenceNumber").asLong());
        assertThat(past.get("state").get("onHand").asInt())
                .isEqualTo(lastEventByThen.get("payload").get("onHand").asInt())
                .isLessThan(115);
        assertThat(auditor.state("stock-item", stockItem, timestampOf(history.get(110))).get("state").get("onHand").asInt())
                .isEqualTo(115);
    }

    @Test
    void beforeItsFirstEventACartDidNotExistYet() {
        UUID cartId = shop.createCart();
        Instant created = timestampOf(auditor.history("cart", cartId).get(0));

        expectProblem(auditor.stateAt("cart", cartId, created.minusMillis(1)), 404, "/problems/not-yet-created")
                .jsonPath("$.detail").isEqualTo("cart " + cartId + " was created at " + created + ", after "
                        + created.minusMillis(1));
    }

    @Test
    void somethingThatNeverExistedHasNoPastState() {
        UUID cartId = shop.createCart();

        expectProblem(auditor.stateAt("cart", UUID.randomUUID(), Instant.now()), 404, "/problems/not-found");
        expectProblem(auditor.stateAt("payment", cartId, Instant.now()), 404, "/problems/not-found");
    }

    @Test
    void anInstantThatIsNotIsoIsABadRequestNamingAt() {
        UUID cartId = shop.createCart();

        expectProblem(auditor.stateAt("cart", cartId, "yesterday"), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("at");
        expectProblem(auditor.get("/audit/cart/" + cartId + "/state"), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("at");
    }

    private static Instant timestampOf(JsonNode event) {
        return Instant.parse(event.get("timestamp").asText());
    }
}
