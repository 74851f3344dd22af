package io.ultramarket.commerce;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.web.CommandResponses.POSITION_HEADER;

/** A shopper's requests, in the wire format clients use, so that tests read as the business does. */
public final class Shop {

    private final WebTestClient http;

    public Shop(WebTestClient http) {
        this.http = http;
    }

    public WebTestClient.ResponseSpec registerStock(String sku, String warehouse, int onHand) {
        return post("/stock/" + sku, Map.of("warehouse", warehouse, "onHand", onHand));
    }

    public UUID createCart() {
        return createCart(UUID.randomUUID());
    }

    public UUID createCart(UUID customerId) {
        return UUID.fromString(post("/carts", Map.of("customerId", customerId.toString()))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("cartId").toString());
    }

    /** A read of {@code path} that waits for the write at {@code position} to be visible. */
    public WebTestClient.ResponseSpec read(String path, String position) {
        return http.get().uri(path).header(POSITION_HEADER, position).exchange();
    }

    /** The {@code Commerce-Position} of a successful command's answer. */
    public static String positionOf(WebTestClient.ResponseSpec answer) {
        return answer.expectStatus().is2xxSuccessful().returnResult(Void.class).getResponseHeaders()
                .getFirst(POSITION_HEADER);
    }

    public WebTestClient.ResponseSpec addItem(UUID cartId, String sku, int quantity, String price) {
        return post("/carts/" + cartId + "/items", item(sku, quantity, price));
    }

    public WebTestClient.ResponseSpec checkOut(UUID cartId) {
        return post("/carts/" + cartId + "/checkout", checkoutBody());
    }

    public WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public static Map<String, Object> item(String sku, int quantity, String price) {
        return Map.of("sku", sku, "quantity", quantity, "unitPrice", Map.of("amount", price, "currency", "EUR"));
    }

    public static Map<String, Object> checkoutBody() {
        return Map.of(
                "shippingAddress", Map.of("recipient", "Ada Lovelace", "line1", "Main Street 1",
                        "postalCode", "10115", "city", "Berlin", "country", "DE"),
                "shippingOption", "standard",
                "paymentMethod", Map.of("type", "card", "token", "tok_visa"));
    }
}
