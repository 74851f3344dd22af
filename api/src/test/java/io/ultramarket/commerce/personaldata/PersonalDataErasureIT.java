package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.integration.PublishedEvents;
import io.ultramarket.commerce.readmodels.QuietStore;
import io.ultramarket.commerce.readmodels.RebuildFromEventZero;
import io.ultramarket.commerce.sagas.checkout.CheckoutSaga;
import io.ultramarket.commerce.servers.RealServers;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer registers, keeps an address, checks out; the export lists what is held; an erasure by support leaves
 * no plaintext of their name, email, addresses or card token in the stores it covers, nor on the Kafka topics or
 * in the merchants' webhook outbox (which never got them: ADR 0073), nor in any search document or analytics row
 * (scanned whole), the chain still verifies, and the audit and a rebuilt read model show {@code erased}.
 */
@ApiIntegrationTest
class PersonalDataErasureIT {

    /** Every copy the erasure covers, as (what, SQL counting rows whose text holds the parameter). */
    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    /** Axon's general serializer (the sagas' state), as wrapped by the app. */
    @Autowired
    Serializer serializer;
    /** The mapper Axon's serializers write with, without the sealing: what the saga holds in memory. */
    @Autowired
    @Qualifier("defaultAxonObjectMapper")
    ObjectMapper axonJson;

    @Test
    void anErasedCustomerIsGoneFromEveryCoveredCopyAndTheHistoryStillVerifies() {
        String username = "erin-" + UUID.randomUUID().toString().substring(0, 8);
        Consumer<Map<String, Object>> erin = TestUsers.as(username);
        String email = username + "@example.com";
        String bookLine = "Shredding Lane " + UUID.randomUUID();
        String shippingLine = "Envelope Road " + UUID.randomUUID();
        String recipient = "Erin Shredwell " + UUID.randomUUID();
        String card = Checkouts.goodCard();
        UUID merchant = subscribeMerchant("CustomerRegistered", "CustomerAddressAdded", "CartCheckedOut", "OrderPlaced",
                "OrderShipmentRequested", "PaymentRequested");

        UUID customerId = UUID.fromString(me(erin).get("customerId").asText());
        send(erin, http.post().uri("/customers/me/addresses"), address(recipient, bookLine)).expectStatus().isCreated();
        String sku = Checkouts.newSku("SHRED");
        UUID orderId = checkOut(erin, sku, recipient, shippingLine, card);
        UUID cartId = UUID.fromString(new Checkouts(http).awaitOrder(orderId, "DELIVERED").get("cartId").asText());
        // Every email and read model written, so that what the erasure blanks is all there is.
        new QuietStore(jdbc).await();

        // Sealed at rest from the start: the events and the saga hold none of it; the read models do, until erased.
        // The principal's display name (the development issuer's is the user name) is sealed in the metadata too.
        for (String secret : List.of(email, bookLine, shippingLine, recipient, card, "\"" + username + "\"")) {
            assertThat(rowsHolding(secret, "domain_event_entry", "saga_entry", "dead_letter_entry")).as(secret).isEmpty();
        }
        assertThat(rowsHolding(bookLine, "customer_view")).isNotEmpty();
        assertThat(rowsHolding(card, "fraud_screen_order")).as("the fraud screen had the card").isNotEmpty();
        // The merchant got the customer's and the order's events, by their ids.
        for (UUID id : List.of(customerId, cartId, orderId)) {
            assertThat(rowsHolding(id.toString(), "merchant_webhook_event")).as("webhooks of %s", id).isNotEmpty();
        }
        http.delete().uri("/admin/webhooks/" + merchant).exchange().expectStatus().isNoContent();

        String export = http.get().uri("/customers/me/personal-data").attributes(erin).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(export).contains(email, "\"" + username + "\"", bookLine, shippingLine, recipient,
                orderId.toString(), cartId.toString());

        // Another customer finds nobody there; nobody signed in is refused.
        Consumer<Map<String, Object>> mallory = TestUsers.asCustomer(UUID.randomUUID());
        http.delete().uri("/customers/" + customerId + "/personal-data").attributes(mallory).exchange()
                .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/customers/" + customerId + "/personal-data").attributes(mallory).exchange()
                .expectStatus().isNotFound();
        http.delete().uri("/customers/" + customerId + "/personal-data").attributes(TestUsers.anonymous()).exchange()
                .expectStatus().isUnauthorized();

        JsonNode erased = http.delete().uri("/customers/" + customerId + "/personal-data").attributes(TestUsers.as("support"))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(erased.get("keysDestroyed").asInt()).isPositive();

        List<String> secrets = List.of(email, bookLine, shippingLine, recipient, card);
        for (String secret : secrets) {
            assertThat(rowsHolding(secret, everyTable())).as(secret).isEmpty();
        }
        assertThat(publishedHolding(secrets, customerId, cartId, orderId)).isEmpty();
        // The search index and the analytics are never sent personal data; they are scanned all the same, once
        // the order's facts and the product's document are there to be found.
        SearchAndAnalyticsScan scan = new SearchAndAnalyticsScan();
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> {
            assertThat(scan.analyticsRowsHolding(List.of(orderId.toString()))).as("the order's facts").isNotEmpty();
            assertThat(scan.searchDocumentsHolding(List.of(sku))).as("the product's search document").isNotEmpty();
        });
        assertThat(scan.analyticsRowsHolding(secrets)).isEmpty();
        assertThat(scan.searchDocumentsHolding(secrets)).isEmpty();
        assertThat(rowsHolding("\"" + username + "\"", "domain_event_entry", "customer_view", "notification_recipient")).isEmpty();

        for (String[] aggregate : new String[][]{{"customer", customerId.toString()}, {"cart", cartId.toString()},
                {"order", orderId.toString()}}) {
            http.get().uri("/audit/" + aggregate[0] + "/" + aggregate[1] + "/verify").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.intact").isEqualTo(true);
        }
        JsonNode registered = http.get().uri("/audit/customer/" + customerId + "/events").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get(0).get("payload");
        assertThat(registered.get("email").asText()).isEqualTo("erased");
        assertThat(registered.get("name").asText()).isEqualTo("erased");
        assertThat(http.get().uri("/audit/customer/" + customerId + "/events").exchange().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get(1).get("metadata").get("principalName").asText()).isEqualTo("erased");

        String exportAfter = http.get().uri("/customers/" + customerId + "/personal-data").attributes(TestUsers.as("support"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(exportAfter).doesNotContain(email, bookLine, shippingLine, recipient).contains("\"erased\"");

        // Every projection rebuilt from event 0 gives the rows the erasure left: the fields erased, the rest as it was.
        RebuildFromEventZero.Comparison rebuilt = new RebuildFromEventZero(http, jdbc).run();
        assertThat(rebuilt.headAfter()).as("the store's head before and after the rebuild").isEqualTo(rebuilt.head());
        assertThat(rebuilt.rebuilt()).as("rebuilt read models, differing: %s", rebuilt.differing()).isEqualTo(rebuilt.live());
        assertThat(jdbc.queryForObject("SELECT customer ->> 'email' FROM customer_view WHERE customer_id = ?", String.class,
                customerId)).isEqualTo("erased");
        assertThat(jdbc.queryForObject("SELECT shipping_address ->> 'line1' FROM order_view WHERE order_id = ?", String.class,
                orderId)).isEqualTo("erased");
        assertThat(jdbc.queryForObject("SELECT shipping_address ->> 'country' FROM order_view WHERE order_id = ?", String.class,
                orderId)).isEqualTo("DE");
    }

    /** The checkout saga's state, as the saga store writes it: its shipping address sealed, and read back whole. */
    @Test
    void theSagasShippingAddressIsStoredSealed() throws Exception {
        UUID customerId = UUID.randomUUID();
        String line1 = "Saga Street " + UUID.randomUUID();
        String state = "{\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"" + customerId
                + "\",\"shippingAddress\":{\"recipient\":\"Sam Saga\",\"line1\":\"" + line1
                + "\",\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"}}";
        SerializedType type = serializer.typeForClass(CheckoutSaga.class);
        CheckoutSaga saga = serializer.deserialize(new SimpleSerializedObject<>(state, String.class, type));

        String stored = serializer.serialize(saga, String.class).getData();
        assertThat(stored).doesNotContain(line1, "Sam Saga").contains("\"enc\":\"v1\"").contains("\"country\":\"DE\"");
        String reread = serializer.serialize(serializer.deserialize(new SimpleSerializedObject<>(stored, String.class, type)),
                JsonNode.class).getData().toString();
        assertThat(reread).doesNotContain(line1);

        http.delete().uri("/customers/" + customerId + "/personal-data").attributes(TestUsers.as("support")).exchange()
                .expectStatus().isOk();
        CheckoutSaga erased = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class, type));
        assertThat(serializer.serialize(erased, String.class).getData()).doesNotContain(line1);
        assertThat(axonJson.writeValueAsString(erased))
                .contains("\"line1\":\"erased\"", "\"recipient\":\"erased\"", "\"country\":\"DE\"");
    }

    @Test
    void erasingTwiceDestroysNothingMore() {
        Consumer<Map<String, Object>> ivy = TestUsers.as("ivy-" + UUID.randomUUID().toString().substring(0, 8));
        UUID customerId = UUID.fromString(me(ivy).get("customerId").asText());
        http.delete().uri("/customers/me/personal-data").attributes(ivy).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.keysDestroyed").isEqualTo(1);
        http.delete().uri("/customers/" + customerId + "/personal-data").attributes(ivy).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.keysDestroyed").isEqualTo(0);
    }

    /**
     * Erased, a customer who signs in again is written again from their token, under a new key, by an instance
     * that had known them as by one that never did: it keeps nothing of them in memory.
     */
    @Test
    void anErasedCustomerWhoComesBackIsWrittenAgainFromTheirToken() {
        String username = "ada-" + UUID.randomUUID().toString().substring(0, 8);
        Consumer<Map<String, Object>> ada = TestUsers.as(username);
        assertThat(me(ada).get("email").asText()).isEqualTo(username + "@example.com");
        http.delete().uri("/customers/me/personal-data").attributes(ada).exchange().expectStatus().isOk();

        assertThat(me(ada).get("email").asText()).isEqualTo(username + "@example.com");
    }

    @Test
    void aCustomerIsNamedByAnId() {
        http.get().uri("/customers/not-an-id/personal-data").attributes(TestUsers.as("support")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
    }

    private JsonNode me(Consumer<Map<String, Object>> user) {
        return http.get().uri("/customers/me").attributes(user).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /**
     * A merchant's endpoint for these event types, from now: written as the admin API would, without its check of
     * the target (nothing is delivered: the test disables it before the sender's retries matter).
     */
    private UUID subscribeMerchant(String... eventTypes) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO merchant_webhook_endpoint (id, url, description, event_types, secret, created_at)"
                        + " VALUES (?, 'https://merchant.invalid/hooks', 'erasure test', ?::text[], 'whsec_erasure', now())",
                id, "{" + String.join(",", eventTypes) + "}");
        return id;
    }

    /**
     * The integration records holding any of {@code secrets}, read from the beginning of every topic by a plain
     * consumer once the records of the customer, the cart and the order (from registration to delivery) are there.
     */
    private List<String> publishedHolding(List<String> secrets, UUID customerId, UUID cartId, UUID orderId) {
        try (PublishedEvents published = new PublishedEvents(RealServers.kafka().bootstrapServers())) {
            await().atMost(Checkouts.PATIENCE).until(() -> {
                published.poll();
                return published.of(customerId.toString()).stream().anyMatch(record -> record.type().equals("CustomerAddressAdded"))
                        && published.of(cartId.toString()).stream().anyMatch(record -> record.type().equals("CartCheckedOut"))
                        && published.of(orderId.toString()).stream().anyMatch(record -> record.type().equals("OrderDelivered"));
            });
            List<String> found = new ArrayList<>();
            for (PublishedEvents.Published record : published.all()) {
                String value = new String(record.value(), StandardCharsets.UTF_8);
                secrets.stream().filter(value::contains).forEach(secret -> found.add(record.type() + " holds " + secret));
            }
            return found;
        }
    }

    private UUID checkOut(Consumer<Map<String, Object>> user, String sku, String recipient, String line1, String card) {
        new Checkouts(http).stock(sku, "BER-1", 5);
        Shop shop = new Shop(http);
        shop.sell(sku, "9.90");
        UUID cartId = UUID.fromString(send(user, http.post().uri("/carts"), Map.of()).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("cartId").asText());
        send(user, http.post().uri("/carts/" + cartId + "/items"), Shop.item(sku, 1)).expectStatus().isAccepted();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shippingAddress", address(recipient, line1));
        body.put("shippingOption", "swiftship:economy");
        body.put("paymentMethod", Map.of("type", "card", "token", card));
        return UUID.fromString(send(user, http.post().uri("/carts/" + cartId + "/checkout"), body).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("orderId").asText());
    }

    /** The tables with a row whose text holds {@code secret}, with how many. */
    private List<String> rowsHolding(String secret, String... tables) {
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            Integer rows = jdbc.queryForObject(rowsMatching(table), Integer.class, "%" + secret + "%");
            if (rows != null && rows > 0) {
                found.add(table + ": " + rows);
            }
        }
        return found;
    }

    /** Every table of the app's schema: event store, sagas, dead letters, every read model's generations, outboxes. */
    private String[] everyTable() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE' ORDER BY 1", String.class).toArray(String[]::new);
    }

    /**
     * Counts the table's rows whose columns, as text, match a pattern: bytea as escaped text, so that JSON or a
     * serialized object stored as bytes (events, saga state, deadlines) is searched as what it spells.
     */
    private String rowsMatching(String table) {
        List<String> columns = new ArrayList<>();
        jdbc.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = ? ORDER BY ordinal_position", (RowCallbackHandler) row -> {
                    String column = "\"" + row.getString(1) + "\"";
                    columns.add(row.getString(2).equals("bytea") ? "encode(" + column + ", 'escape')" : column + "::text");
                }, table);
        return "SELECT count(*) FROM \"" + table + "\" WHERE concat_ws(' ', " + String.join(", ", columns) + ") LIKE ?";
    }

    private static Map<String, String> address(String recipient, String line1) {
        return Map.of("recipient", recipient, "line1", line1, "postalCode", "10115", "city", "Berlin", "country", "DE");
    }

    private static WebTestClient.ResponseSpec send(Consumer<Map<String, Object>> user, WebTestClient.RequestBodySpec request,
                                                   Object body) {
        return request.attributes(user).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
