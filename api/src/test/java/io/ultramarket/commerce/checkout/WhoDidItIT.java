package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail answers who did what: the customer checked out, the checkout process ({@code system:checkout})
 * placed the order and asked for the payment on the customer's behalf, a support user approved the hold and
 * refunded, and the provider relay recorded the refund on that support user's behalf.
 */
@ApiIntegrationTest
class WhoDidItIT {

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    Shop shop;
    Checkouts checkouts;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        checkouts = new Checkouts(http);
    }

    @Test
    void theAuditOfOneOrderNamesTheCustomerTheCheckoutProcessAndTheSupportUser() {
        String tv = Checkouts.newSku("TV");
        checkouts.stock(tv, "BER-1", 2);
        UUID customer = UUID.randomUUID();
        UUID cartId = shop.createCart(customer);
        shop.addItem(cartId, tv, 1, "1500.00").expectStatus().isAccepted();
        // A first order above the first-order limit, paid with a US card, shipped to Germany: held for review.
        UUID orderId = checkouts.checkOutCart(cartId, "pm_card_us", "swiftship:economy", "DE");
        checkouts.awaitOrder(orderId, "IN_REVIEW");
        asSupport("/orders/" + orderId + "/review", Map.of("decision", "approve")).expectStatus().isAccepted();
        checkouts.awaitPayment(orderId, "CAPTURED");
        UUID paymentId = CheckoutIds.paymentOf(orderId);
        asSupport("/payments/" + paymentId + "/refunds", Map.of("amount", Map.of("amount", "100.00", "currency", "EUR"),
                "reason", "goodwill")).expectStatus().isAccepted();
        checkouts.awaitPayment(orderId, "PARTIALLY_REFUNDED");

        JsonNode checkedOut = only(history("cart", cartId), type("CartCheckedOut"));
        assertThat(checkedOut.get("principal").asText()).isEqualTo(customer.toString());
        assertThat(checkedOut.get("principalRoles").asText()).isEqualTo("customer");

        List<JsonNode> order = history("order", orderId);
        JsonNode placed = only(order, type("OrderPlaced"));
        assertThat(placed.get("principal").asText()).isEqualTo("system:checkout");
        assertThat(placed.get("principalRoles").asText()).isEqualTo("system");
        assertThat(placed.get("onBehalfOf").asText()).isEqualTo(customer.toString());
        assertThat(placed.get("correlationId").asText()).isEqualTo(checkedOut.get("correlationId").asText());
        JsonNode approved = only(order, type("OrderReviewApproved"));
        assertThat(approved.get("principalName").asText()).isEqualTo("support");
        assertThat(approved.get("principalRoles").asText()).isEqualTo("support");

        List<JsonNode> payment = history("payment", paymentId);
        assertThat(only(payment, type("PaymentRequested")).get("principal").asText()).isEqualTo("system:checkout");
        JsonNode refundRequested = only(payment, type("PaymentRefundRequested"));
        assertThat(refundRequested.get("principalName").asText()).isEqualTo("support");
        JsonNode refunded = only(payment, type("PaymentRefunded"));
        assertThat(refunded.get("principal").asText()).isEqualTo("system:payment-provider");
        assertThat(refunded.get("onBehalfOf").asText()).isEqualTo(refundRequested.get("principal").asText());
        assertThat(payment).allSatisfy(event -> assertThat(event.get("principal").asText()).isNotEqualTo("anonymous"));
    }

    @Test
    void theAuditOfAProductNamesTheMerchandiserWhoChangedItsPrice() {
        String mug = Checkouts.newSku("MUG");
        var created = http.post().uri("/products").attributes(TestUsers.as("merchandiser"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Catalog.product("Mug", "for the audit", "kitchen/mugs", Catalog.variant(mug, "9.90", Map.of())))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        UUID productId = UUID.fromString(created.get("productId").asText());
        http.post().uri("/products/" + productId + "/prices").attributes(TestUsers.as("merchandiser"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sku", mug, "price", Map.of("amount", "12.00", "currency", "EUR")))
                .exchange().expectStatus().isAccepted();

        JsonNode repriced = only(history("product", productId), type("ProductVariantPriceChanged"));
        assertThat(repriced.get("principalName").asText()).isEqualTo("merchandiser");
        assertThat(repriced.get("principalRoles").asText()).isEqualTo("merchandiser");
        assertThat(repriced.get("clientId").asText()).isNotBlank();
    }

    @Test
    void threeCartsOfOneTokenAreOneCustomerToTheFraudScreen() {
        UUID customer = UUID.randomUUID();
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String mug = Checkouts.newSku("MUG");
            checkouts.stock(mug, "BER-1", 1);
            UUID cartId = shop.createCart(customer);
            shop.addItem(cartId, mug, 1, "9.90").expectStatus().isAccepted();
            orders.add(checkouts.checkOutCart(cartId, Checkouts.goodCard(), "swiftship:economy", "DE"));
        }

        // The velocity rules count the rows of their own table by customer: all three are the token's customer.
        await().atMost(Checkouts.PATIENCE).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM fraud_screen_order WHERE order_id = ANY (?)", Integer.class,
                (Object) orders.toArray(UUID[]::new)) == 3);
        assertThat(jdbc.queryForList("SELECT DISTINCT customer_id FROM fraud_screen_order WHERE order_id = ANY (?)",
                UUID.class, (Object) orders.toArray(UUID[]::new))).containsExactly(customer);
    }

    private WebTestClient.ResponseSpec asSupport(String path, Object body) {
        return http.post().uri(path).attributes(TestUsers.as("support")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    /** The metadata of each event of the aggregate, with its type under {@code eventType}, as an auditor reads them. */
    private List<JsonNode> history(String aggregateType, UUID aggregateId) {
        JsonNode events = http.get().uri("/audit/" + aggregateType + "/" + aggregateId + "/events")
                .attributes(TestUsers.as("auditor")).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> metadata = new ArrayList<>();
        events.forEach(event -> metadata.add(((ObjectNode) event.get("metadata"))
                .put("eventType", event.get("eventType").asText())));
        return metadata;
    }

    private static Predicate<JsonNode> type(String eventType) {
        return event -> event.get("eventType").asText().equals(eventType);
    }

    private static JsonNode only(List<JsonNode> events, Predicate<JsonNode> which) {
        List<JsonNode> found = events.stream().filter(which).toList();
        assertThat(found).as("events of that type").hasSize(1);
        return found.get(0);
    }
}
