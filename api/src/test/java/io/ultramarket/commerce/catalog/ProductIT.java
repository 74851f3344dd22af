package io.ultramarket.commerce.catalog;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalog commands over HTTP, and products read back from their PostgreSQL read model. */
@ApiIntegrationTest
class ProductIT {

    @Autowired
    WebTestClient http;
    Catalog catalog;
    Shop shop;

    @BeforeEach
    void setUp() {
        catalog = new Catalog(http);
        shop = new Shop(http);
    }

    @Test
    void aMerchantCreatesUpdatesRepricesAndPublishesAProductAndReadsItBack() {
        var created = catalog.send("POST", "/products", product("Trail runner", "Light shoe", "apparel/shoes",
                variant("TR-42", "59.90", Map.of("size", "42")), variant("TR-43", "59.90", Map.of("size", "43"))));
        var answer = created.expectStatus().isCreated().expectBody(Map.class).returnResult();
        UUID productId = UUID.fromString(answer.getResponseBody().get("productId").toString());
        assertThat(answer.getResponseHeaders().getLocation()).hasToString("/products/" + productId);

        catalog.update(productId, product("Trail runner II", "Lighter shoe", "apparel/shoes/running",
                        variant("TR-42", "59.90", Map.of("size", "42")), variant("TR-43", "59.90", Map.of("size", "43")),
                        variant("TR-44", "62.00", Map.of("size", "44"))))
                .expectStatus().isAccepted();
        catalog.changePrice(productId, "TR-42", "49.90").expectStatus().isAccepted();
        String position = Shop.positionOf(catalog.publish(productId));

        shop.read("/products/" + productId, position)
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.productId").isEqualTo(productId.toString())
                .jsonPath("$.name").isEqualTo("Trail runner II")
                .jsonPath("$.description").isEqualTo("Lighter shoe")
                .jsonPath("$.category").isEqualTo("apparel/shoes/running")
                .jsonPath("$.published").isEqualTo(true)
                .jsonPath("$.variants.length()").isEqualTo(3)
                .jsonPath("$.variants[0].sku").isEqualTo("TR-42")
                .jsonPath("$.variants[0].price.amount").isEqualTo("49.90")
                .jsonPath("$.variants[0].attributes.size").isEqualTo("42")
                .jsonPath("$.variants[2].sku").isEqualTo("TR-44")
                .jsonPath("$.variants[2].price.amount").isEqualTo("62.00")
                .jsonPath("$.version").isEqualTo(5);
    }

    @Test
    void unpublishingHidesTheProductAndSendingItTwiceChangesNothing() {
        UUID productId = catalog.createPublished(product("Mug", "", "kitchen/mugs", variant("MUG-9", "9.90", Map.of())));
        String first = Shop.positionOf(catalog.unpublish(productId));
        String second = Shop.positionOf(catalog.unpublish(productId));

        assertThat(second).isEqualTo(first);
        shop.read("/products/" + productId, second).expectStatus().isOk()
                .expectBody().jsonPath("$.published").isEqualTo(false).jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneProduct() {
        String key = UUID.randomUUID().toString();
        var body = product("Teapot", "Red", "kitchen/teapots", variant("POT-1", "24.50", Map.of("colour", "red")));
        String first = http.post().uri("/products").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String again = http.post().uri("/products").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamed() {
        expectProblem(catalog.send("POST", "/products", product(" ", "", "Apparel", variant("TR-1", "-1", Map.of()))),
                400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").exists();
        expectProblem(catalog.send("POST", "/products", product("Shoe", "", "apparel/shoes")), 400, "/problems/invalid-request")
                .jsonPath("$.errors[?(@.field == 'variants')]").exists();
        expectProblem(catalog.send("POST", "/products", product("Shoe", "", "Apparel//x", variant("TR-1", "1.00", Map.of()))),
                400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("category");
    }

    @Test
    void brokenRulesAreRefusedWithTheirOwnProblemTypes() {
        expectProblem(catalog.send("POST", "/products", product("Shoe", "", "apparel/shoes",
                        variant("DUP-1", "1.00", Map.of()), variant("DUP-1", "2.00", Map.of()))),
                422, "/problems/duplicate-product-sku");
        UUID productId = catalog.create(product("Shoe", "", "apparel/shoes", variant("ONE-1", "1.00", Map.of())));
        expectProblem(catalog.update(productId, product("Shoe", "", "apparel/shoes", variant("TWO-1", "1.00", Map.of()))),
                422, "/problems/product-variant-cannot-be-removed");
        expectProblem(catalog.send("POST", "/products/" + productId + "/prices",
                        Map.of("sku", "ONE-1", "price", Map.of("amount", "1.00", "currency", "USD"))),
                422, "/problems/product-currency-mismatch");
        expectProblem(catalog.changePrice(productId, "NONE-1", "1.00"), 422, "/problems/product-variant-not-found");
        expectProblem(catalog.publish(UUID.randomUUID()), 404, "/problems/not-found");
        expectProblem(http.get().uri("/products/" + UUID.randomUUID()).exchange(), 404, "/problems/not-found");
    }
}
