package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Insider;
import io.ultramarket.commerce.Shop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class HashChainIT {

    @Autowired
    WebTestClient http;
    @Autowired
    Insider insider;
    Shop shop;
    Auditor auditor;

    List<Map<String, Object>> tampered = List.of();

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        auditor = new Auditor(http);
    }

    /**
     * Puts back the events a test edited or removed: the run's other tests share this store, and rebuild read models
     * from event 0 that must come out as the live ones.
     */
    @AfterEach
    void restore() {
        insider.putBack(tampered);
    }

    @Test
    void anUntouchedHistoryVerifiesIntactWithItsNumberOfEvents() {
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "MUG-BLUE", 2, "9.90").expectStatus().isAccepted();
        shop.addItem(cartId, "TEE-RED-M", 1, "19.00").expectStatus().isAccepted();
        shop.checkOut(cartId).expectStatus().isAccepted();

        JsonNode verification = auditor.verify("cart", cartId);

        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isEqualTo(4);
        assertThat(verification.has("firstMismatch")).isFalse();
    }

    @Test
    void editingOneStoredEventIsPinpointedByTheVerification() {
        UUID cartId = shop.createCart();
        for (String sku : List.of("PEN-1", "PEN-2", "PEN-3")) {
            shop.addItem(cartId, sku, 1, "1.50").expectStatus().isAccepted();
        }
        JsonNode edited = auditor.history("cart", cartId).get(2);
        ObjectNode forgedPayload = edited.get("payload").deepCopy();
        forgedPayload.put("quantity", 90);
        tampered = insider.storedEvents("event_identifier = ?", edited.get("eventId").asText());

        insider.withTriggersOff("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                forgedPayload.toString().getBytes(StandardCharsets.UTF_8), edited.get("eventId").asText());

        JsonNode verification = auditor.verify("cart", cartId);
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.has("events")).isFalse();
        JsonNode mismatch = verification.get("firstMismatch");
        assertThat(mismatch.get("eventId").asText()).isEqualTo(edited.get("eventId").asText());
        assertThat(mismatch.get("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(mismatch.get("position").asLong()).isEqualTo(edited.get("position").asLong());
        // The edit shows in the history, under the hash the event was stored with.
        JsonNode afterTheEdit = auditor.history("cart", cartId).get(2);
        assertThat(afterTheEdit.get("payload").get("quantity").asInt()).isEqualTo(90);
        assertThat(afterTheEdit.get("hash")).isEqualTo(edited.get("hash"));
    }

    @Test
    void deletingAnEventBreaksTheChainAtTheEventThatFollowedIt() {
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "MUG-BLUE", 1, "9.90").expectStatus().isAccepted();
        List<JsonNode> history = auditor.history("cart", cartId);

        // Deleting the first event leaves the second one hashed on a predecessor that is gone.
        tampered = insider.storedEvents("event_identifier = ?", history.get(0).get("eventId").asText());
        insider.withTriggersOff("DELETE FROM domain_event_entry WHERE event_identifier = ?", history.get(0).get("eventId").asText());

        JsonNode mismatch = auditor.verify("cart", cartId).get("firstMismatch");
        assertThat(mismatch.get("eventId").asText()).isEqualTo(history.get(1).get("eventId").asText());
    }

    @Test
    void verifyingSomethingThatNeverExistedIsNotFound() {
        expectProblem(auditor.get("/audit/order/" + UUID.randomUUID() + "/verify"), 404, "/problems/not-found");
    }
}
