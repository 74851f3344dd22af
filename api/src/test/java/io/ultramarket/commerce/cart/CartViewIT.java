package io.ultramarket.commerce.cart;

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

/** The carts read model through {@code GET /carts/{id}}. */
@ApiIntegrationTest
class CartViewIT {

    @Autowired
    WebTestClient http;
    Shop shop;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
    }

    @Test
    void aShopperReadsTheExactLinesAndTotalOfTheirLastChange() {
        UUID customerId = UUID.randomUUID();
        UUID cartId = shop.createCart(customerId);
        shop.addItem(cartId, "MUG-BLUE", 2, "9.90").expectStatus().isAccepted();
        shop.addItem(cartId, "TEE-RED-M", 1, "19.00").expectStatus().isAccepted();
        // The catalog's price changed: the whole line shows the new price.
        shop.addItem(cartId, "MUG-BLUE", 1, "9.50").expectStatus().isAccepted();
        shop.sell("LAMP-01", "5.00");
        shop.post("/carts/" + cartId + "/items", Shop.item("LAMP-01", 1)).expectStatus().isAccepted();
        http.patch().uri("/carts/" + cartId + "/items/TEE-RED-M").attributes(shop.asOwnerOf(cartId))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("quantity", 2)).exchange().expectStatus().isAccepted();
        String position = Shop.positionOf(http.delete().uri("/carts/" + cartId + "/items/LAMP-01")
                .attributes(shop.asOwnerOf(cartId)).exchange());

        shop.read("/carts/" + cartId, position)
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.cartId").isEqualTo(cartId.toString())
                .jsonPath("$.customerId").isEqualTo(customerId.toString())
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.orderId").doesNotExist()
                .jsonPath("$.lines.length()").isEqualTo(2)
                .jsonPath("$.lines[0].sku").isEqualTo("MUG-BLUE")
                .jsonPath("$.lines[0].quantity").isEqualTo(3)
                .jsonPath("$.lines[0].unitPrice.amount").isEqualTo("9.50")
                .jsonPath("$.lines[0].unitPrice.currency").isEqualTo("EUR")
                .jsonPath("$.lines[0].lineTotal.amount").isEqualTo("28.50")
                .jsonPath("$.lines[1].sku").isEqualTo("TEE-RED-M")
                .jsonPath("$.lines[1].quantity").isEqualTo(2)
                .jsonPath("$.lines[1].unitPrice.amount").isEqualTo("19.00")
                .jsonPath("$.lines[1].lineTotal.amount").isEqualTo("38.00")
                .jsonPath("$.total.amount").isEqualTo("66.50")
                .jsonPath("$.total.currency").isEqualTo("EUR")
                .jsonPath("$.itemCount").isEqualTo(5)
                .jsonPath("$.version").isEqualTo(6);
    }

    @Test
    void aNewCartIsEmptyAndHasNoTotalUntilItsFirstLine() {
        var answer = shop.openCart(UUID.randomUUID());
        String cartId = answer.getResponseBody().get("cartId").toString();
        String position = answer.getResponseHeaders().getFirst(ReadYourWrites.POSITION_HEADER);

        shop.read("/carts/" + cartId, position)
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.lines.length()").isEqualTo(0)
                .jsonPath("$.itemCount").isEqualTo(0)
                .jsonPath("$.total").doesNotExist();
    }

    @Test
    void aCheckedOutCartShowsTheOrderItBecame() {
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "MUG-BLUE", 2, "9.90").expectStatus().isAccepted();
        var checkout = shop.checkOut(cartId).expectStatus().isAccepted().expectBody(Map.class).returnResult();
        String orderId = checkout.getResponseBody().get("orderId").toString();

        shop.read("/carts/" + cartId, checkout.getResponseHeaders().getFirst(ReadYourWrites.POSITION_HEADER))
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.status").isEqualTo("CHECKED_OUT")
                .jsonPath("$.orderId").isEqualTo(orderId)
                .jsonPath("$.total.amount").isEqualTo("19.80")
                .jsonPath("$.itemCount").isEqualTo(2);
    }

    @Test
    void anUnknownCartIsNotFound() {
        http.get().uri("/carts/" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }
}
