package io.ultramarket.commerce.merchantwebhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.DevelopmentTokens;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.projections.merchantwebhook.WebhookOutboxFiller;
import io.ultramarket.commerce.sagas.webhook.WebhookSignature;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks to a merchant's system, a real HTTPS server in the test JVM ({@link WebhookReceiver}) that fails the first
 * two tries of each event. A context of its own: the receiver's certificate and its loopback address must be trusted
 * and allowed before the app starts, and retries are made quick ({@code commerce.webhooks.*}), with its own
 * embedded PostgreSQL.
 */
// Rate limits raised: every request comes from loopback (docs/testing.md).
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.security.dev-issuer.token-lifetime=PT6H",
        "commerce.embedded-postgres.data-directory=target/it-postgres-webhooks",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.snapshots.seal-key-file=target/it-keys/snapshot-seal.key",
        "commerce.chain-checkpoints.key-file=target/it-keys/chain-checkpoints.key",
        "commerce.chain-checkpoints.log-file=target/it-keys/chain-checkpoints-${random.uuid}.log",
        // db-scheduler looks for due work this often; the sender runs about as often, and retries come quickly.
        "commerce.deadlines.poll-every=PT0.2S",
        "commerce.webhooks.send-every=PT0.2S",
        "commerce.webhooks.first-retry-after=PT0.3S",
        "commerce.webhooks.max-retry-after=PT1S",
        "commerce.webhooks.max-attempts=5",
        // The receiver is on loopback: allowed by name, so that the name's path (lookup, pinning, TLS) is the one tried.
        "commerce.webhooks.allowed-targets=localhost"
})
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(DevelopmentTokens.class)
class OutboundWebhooksIT {

    static final WebhookReceiver receiver = WebhookReceiver.start(Path.of("target", "it-webhook-receiver"), 2);

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoredEvents events;
    @Autowired
    WebhookOutboxFiller filler;
    @Autowired
    TransactionTemplate transactions;

    final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void receiverCertificate(DynamicPropertyRegistry properties) {
        properties.add("commerce.webhooks.trust-certificates", () -> receiver.certificate().toAbsolutePath().toString());
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aStockRegistrationReachesTheMerchantOnceSignedAfterTwoFailedTries() throws Exception {
        JsonNode registered = register(Map.of("url", receiver.url(), "eventTypes", List.of("StockItemRegistered"),
                "description", "the ERP's stock feed"))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String endpointId = registered.get("id").asText();
        String secret = registered.get("secret").asText();
        assertThat(secret).startsWith("whsec_");

        String sku = Checkouts.newSku("HOOK");
        new Shop(http).registerStock(sku, "BER-1", 7).expectStatus().isCreated();

        JsonNode delivery = await().atMost(Checkouts.PATIENCE).until(() -> deliveriesOf(endpointId),
                log -> log.size() == 1 && log.get(0).get("status").asText().equals("DELIVERED")).get(0);
        String eventId = delivery.get("eventId").asText();
        assertThat(delivery.get("eventType").asText()).isEqualTo("StockItemRegistered");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(delivery.get("tries").findValuesAsText("statusCode")).containsExactly("500", "500", "200");

        List<WebhookReceiver.Received> tries = receiver.receivedFor(eventId);
        assertThat(tries).extracting(WebhookReceiver.Received::answeredWith).containsExactly(500, 500, 200);
        WebhookReceiver.Received accepted = tries.get(2);
        assertThat(accepted.header("Commerce-Delivery-Attempt")).isEqualTo("3");
        assertThat(accepted.header("Commerce-Event-Type")).isEqualTo("StockItemRegistered");
        assertThat(accepted.header("Content-Type")).isEqualTo("application/json");
        // As a merchant would check it: the secret they were given, the raw body, the timestamp within 5 minutes.
        WebhookSignature.verify(accepted.header("Commerce-Signature"), accepted.body(), List.of(secret), Instant.now(),
                Duration.ofMinutes(5));
        JsonNode body = json.readTree(accepted.body());
        assertThat(body.get("id").asText()).isEqualTo(eventId);
        assertThat(body.get("type").asText()).isEqualTo("StockItemRegistered");
        assertThat(body.get("schema").asText()).isEqualTo("schemas/json/stock/StockItemRegistered.v"
                + body.get("revision").asText() + ".json");
        assertThat(body.get("data").toString()).contains(sku, "BER-1");

        // The filler meeting the event again (a replay, a batch retried after a crash) adds no delivery.
        DomainEventMessage<?> stored = events.of(body.get("aggregateId").asText()).stream()
                .filter(event -> event.getIdentifier().equals(eventId)).findFirst().orElseThrow();
        transactions.executeWithoutResult(status -> filler.handle(stored));
        assertThat(jdbc.queryForList("SELECT status FROM merchant_webhook_delivery WHERE event_id = ?", String.class, eventId))
                .containsExactly("DELIVERED");

        http.delete().uri("/admin/webhooks/" + endpointId).exchange().expectStatus().isNoContent();
        http.get().uri("/admin/webhooks/" + endpointId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.disabledAt").isNotEmpty().jsonPath("$.secret").doesNotExist();
    }

    @Test
    void aTargetThatIsNoLongerAllowedIsRefusedAtEveryTryUntilTheDeliveryFails() {
        // Stored when its address was allowed (the allow-list has changed since, or its name now points inside).
        UUID endpointId = UUID.randomUUID();
        jdbc.update("INSERT INTO merchant_webhook_endpoint (id, url, event_types, secret, created_at)"
                + " VALUES (?, ?, ARRAY['StockReceived'], 'whsec_it_rebound', now())", endpointId, receiver.url("127.0.0.2"));
        String sku = Checkouts.newSku("REBOUND");
        Shop shop = new Shop(http);
        shop.registerStock(sku, "BER-1", 1).expectStatus().isCreated();
        shop.post("/stock/" + sku + "/receipts", Map.of("warehouse", "BER-1", "quantity", 4, "receiptReference", "R-" + sku))
                .expectStatus().is2xxSuccessful();

        JsonNode delivery = await().atMost(Checkouts.PATIENCE).until(() -> deliveriesOf(endpointId.toString()),
                log -> log.size() == 1 && log.get(0).get("status").asText().equals("FAILED")).get(0);

        assertThat(delivery.get("attempts").asInt()).isEqualTo(5);
        assertThat(delivery.has("nextAttemptAt")).as("a failed delivery has no next try").isFalse();
        assertThat(delivery.get("tries")).hasSize(5).allSatisfy(attempt -> {
            assertThat(attempt.has("statusCode")).as("no receiver answered").isFalse();
            assertThat(attempt.get("error").asText()).contains("127.0.0.2", "loopback");
        });
        assertThat(receiver.receivedFor(delivery.get("eventId").asText())).isEmpty();
    }

    @Test
    void anEndpointOnAPrivateAddressIsRefusedAndNothingIsStored() {
        register(Map.of("url", "https://10.0.0.7/hooks", "eventTypes", List.of("OrderShipped")))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("10.0.0.7", "private"));
        register(Map.of("url", "https://169.254.169.254/latest/meta-data", "eventTypes", List.of("OrderShipped")))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("link-local"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM merchant_webhook_endpoint WHERE url LIKE '%10.0.0.7%' "
                + "OR url LIKE '%169.254%'", Integer.class)).isZero();
    }

    @Test
    void everyBadFieldIsNamed() {
        register(Map.of("url", "http://merchant.example/hooks", "eventTypes", List.of("OrderShipped", "InvoicePaid"),
                "description", "x".repeat(501)))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.errors[0].message").isEqualTo("only https URLs may receive webhooks")
                .jsonPath("$.errors[1].field").isEqualTo("eventTypes[1]")
                .jsonPath("$.errors[2].field").isEqualTo("description");
        register(Map.of("url", receiver.url()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("eventTypes");
        http.get().uri("/admin/webhooks/not-an-id/deliveries").exchange().expectStatus().isBadRequest();
        http.get().uri("/admin/webhooks?limit=0").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void onlyAnAdminRegistersOrReadsEndpoints() {
        http.post().uri("/admin/webhooks").attributes(TestUsers.as("support")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", receiver.url(), "eventTypes", List.of("OrderShipped")))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/admin/webhooks").attributes(TestUsers.as("merchandiser")).exchange().expectStatus().isForbidden();
        http.get().uri("/admin/webhooks").attributes(TestUsers.anonymous()).exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec register(Map<String, Object> registration) {
        return http.post().uri("/admin/webhooks").contentType(MediaType.APPLICATION_JSON).bodyValue(registration).exchange();
    }

    private JsonNode deliveriesOf(String endpointId) {
        return http.get().uri("/admin/webhooks/" + endpointId + "/deliveries").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
