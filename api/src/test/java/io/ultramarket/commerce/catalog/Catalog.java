package io.ultramarket.commerce.catalog;

import io.ultramarket.commerce.freshness.ReadYourWrites;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A merchant's catalog requests, in the wire format clients use. */
public final class Catalog {

    private final WebTestClient http;

    public Catalog(WebTestClient http) {
        this.http = http;
    }

    public static Map<String, Object> variant(String sku, String eur, Map<String, String> attributes) {
        return Map.of("sku", sku, "price", Map.of("amount", eur, "currency", "EUR"), "attributes", attributes);
    }

    @SafeVarargs
    public static Map<String, Object> product(String name, String description, String category,
                                              Map<String, Object>... variants) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", description);
        body.put("category", category);
        body.put("variants", List.of(variants));
        return body;
    }

    /** Creates the product and answers its id. */
    public UUID create(Map<String, Object> product) {
        return UUID.fromString(send("POST", "/products", product).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("productId").toString());
    }

    /**
     * Creates and publishes the product, and answers once the catalog read model shows it published: a cart prices
     * a SKU from that read model, so a test that adds the product to a cart right after must not race its publication.
     */
    public UUID createPublished(Map<String, Object> product) {
        UUID productId = create(product);
        String position = publish(productId).expectStatus().isAccepted().returnResult(Void.class)
                .getResponseHeaders().getFirst(ReadYourWrites.POSITION_HEADER);
        assertThat(position).as("the publication's position").isNotNull();
        http.get().uri("/products/" + productId).header(ReadYourWrites.POSITION_HEADER, position).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current");
        return productId;
    }

    public WebTestClient.ResponseSpec update(UUID productId, Map<String, Object> product) {
        return send("PUT", "/products/" + productId, product);
    }

    public WebTestClient.ResponseSpec changePrice(UUID productId, String sku, String eur) {
        return send("POST", "/products/" + productId + "/prices",
                Map.of("sku", sku, "price", Map.of("amount", eur, "currency", "EUR")));
    }

    public WebTestClient.ResponseSpec publish(UUID productId) {
        return http.post().uri("/products/" + productId + "/publish").exchange();
    }

    public WebTestClient.ResponseSpec unpublish(UUID productId) {
        return http.post().uri("/products/" + productId + "/unpublish").exchange();
    }

    public WebTestClient.ResponseSpec send(String method, String path, Object body) {
        return http.method(HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
