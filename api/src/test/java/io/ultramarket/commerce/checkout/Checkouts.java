package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentProvider;
import io.ultramarket.commerce.Shop;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A shopper going through checkout over HTTP, and what the shop's reads say about the outcome. Each
 * shopper has their own card token and address (as real shoppers do), so the fraud screen's velocity
 * rules see distinct people.
 */
public final class Checkouts {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebTestClient http;
    private final Shop shop;

    public Checkouts(WebTestClient http) {
        this.http = http;
        this.shop = new Shop(http);
    }

    /** A card the simulated provider approves, of this shopper alone (a shared test card would trip the fraud screen). */
    public static String goodCard() {
        return "tok_visa_" + UUID.randomUUID();
    }

    /**
     * A card the simulated provider never answers, of its own: with one shared token, the fraud screen's
     * velocity rule held later orders for review once earlier tests had used it often enough.
     */
    public static String unresponsiveCard() {
        return SimulatedPaymentProvider.UNRESPONSIVE_TOKEN + "_" + UUID.randomUUID();
    }

    /** A SKU no other test uses. */
    public static String newSku(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Registers stock and waits until the stock-levels read model (where checkout looks for candidates) shows it. */
    public void stock(String sku, String warehouse, int onHand) {
        String position = Shop.positionOf(shop.registerStock(sku, warehouse, onHand));
        shop.read("/stock/" + sku, position).expectHeader().valueEquals("Commerce-Consistency", "current");
    }

    public UUID checkOut(Map<String, Integer> lines, String price, String cardToken, String shippingOption) {
        return checkOut(UUID.randomUUID(), lines, price, cardToken, shippingOption, "DE");
    }

    public UUID checkOut(UUID customerId, Map<String, Integer> lines, String price, String cardToken, String shippingOption,
                  String country) {
        UUID cartId = shop.createCart(customerId);
        lines.forEach((sku, quantity) -> shop.addItem(cartId, sku, quantity, price).expectStatus().isAccepted());
        return checkOutCart(cartId, cardToken, shippingOption, country);
    }

    public UUID checkOutCart(UUID cartId, String cardToken, String shippingOption, String country) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shippingAddress", Map.of("recipient", "Shopper " + cartId, "line1", "Street " + cartId,
                "postalCode", "10115", "city", "Berlin", "country", country));
        body.put("shippingOption", shippingOption);
        body.put("paymentMethod", Map.of("type", "card", "token", cardToken));
        return UUID.fromString(shop.post("/carts/" + cartId + "/checkout", body).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("orderId").asText());
    }

    /** Waits until the order reads as {@code status}, and answers it as read. */
    public JsonNode awaitOrder(UUID orderId, String status) {
        await().atMost(PATIENCE).until(() -> status.equals(statusOf(orderId)));
        return order(orderId);
    }

    public String statusOf(UUID orderId) {
        var result = http.get().uri("/orders/" + orderId).exchange().expectBody(JsonNode.class).returnResult();
        return result.getStatus().is2xxSuccessful() ? result.getResponseBody().get("status").asText() : null;
    }

    public JsonNode order(UUID orderId) {
        return http.get().uri("/orders/" + orderId).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Waits until the order has exactly one payment in {@code status}, and answers it. */
    public JsonNode awaitPayment(UUID orderId, String status) {
        await().atMost(PATIENCE).until(() -> {
            List<JsonNode> payments = payments(orderId);
            return payments.size() == 1 && status.equals(payments.get(0).get("status").asText());
        });
        return payments(orderId).get(0);
    }

    public List<JsonNode> payments(UUID orderId) {
        JsonNode payments = http.get().uri("/orders/" + orderId + "/payments").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> all = new java.util.ArrayList<>();
        payments.forEach(all::add);
        return all;
    }

    /** The stock of a SKU in one warehouse, as {onHand, reserved}. */
    public int[] stockOf(String sku, String warehouse) {
        JsonNode stock = http.get().uri("/stock/" + sku).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode level : stock.get("warehouses")) {
            if (level.get("warehouse").asText().equals(warehouse)) {
                return new int[]{level.get("onHand").asInt(), level.get("reserved").asInt()};
            }
        }
        throw new AssertionError("no stock of " + sku + " in " + warehouse + ": " + stock);
    }

    /** Waits until the stock read model shows {@code onHand} and {@code reserved} for the SKU in the warehouse. */
    public void awaitStock(String sku, String warehouse, int onHand, int reserved) {
        await().atMost(PATIENCE).untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(stockOf(sku, warehouse))
                .as("on hand and reserved of %s in %s", sku, warehouse).containsExactly(onHand, reserved));
    }

    public WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
