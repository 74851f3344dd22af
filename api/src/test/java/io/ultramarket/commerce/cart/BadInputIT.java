package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is a 4xx problem+json naming what is wrong, never a 500, and never changes anything. */
@ApiIntegrationTest
class BadInputIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    Shop shop;
    UUID cartId;

    @BeforeEach
    void openCart() {
        shop = new Shop(http);
        cartId = shop.createCart();
    }

    @Test
    void anUnknownFieldIsNamed() {
        var body = Map.of("sku", "MUG-1", "quantity", 1, "discount", "100%");
        expectProblem(shop.post("/carts/" + cartId + "/items", body), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("discount")
                .jsonPath("$.errors[0].message").isEqualTo("unknown field 'discount'");
        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class);
    }

    @Test
    void aNegativeQuantityIsRefusedWithTheValueObjectsMessage() {
        expectProblem(shop.addItem(cartId, "MUG-1", -2, "1.00"), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("quantity")
                .jsonPath("$.errors[0].message").isEqualTo("quantity must be at least 1, was -2");
    }

    @Test
    void aBlankSkuIsRefused() {
        expectProblem(shop.post("/carts/" + cartId + "/items", Shop.item(" ", 1)), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("sku")
                .jsonPath("$.errors[0].message").isEqualTo("SKU must not be blank");
    }

    @Test
    void aMissingFieldIsNamed() {
        expectProblem(shop.post("/carts/" + cartId + "/items", Map.of("sku", "MUG-1")), 400,
                "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("quantity");
    }

    @Test
    void malformedJsonIsA400() {
        var response = http.post().uri("/carts/" + cartId + "/items").attributes(shop.asOwnerOf(cartId))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sku\": \"MUG-1\", ").exchange();
        expectProblem(response, 400, "/problems/invalid-request").jsonPath("$.errors[0].field").isEqualTo("$");
    }

    @Test
    void aWrongContentTypeIsA415() {
        var response = http.post().uri("/carts/" + cartId + "/items").attributes(shop.asOwnerOf(cartId))
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("sku=MUG-1").exchange();
        response.expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownCartIsA404() {
        expectProblem(shop.addItem(UUID.randomUUID(), "MUG-1", 1, "1.00"), 404, "/problems/not-found");
    }

    @Test
    void aMalformedIdInThePathIsA400() {
        expectProblem(shop.post("/carts/not-a-uuid/items", Shop.item("MUG-1", 1)), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("cartId");
    }

    @Test
    void changingACheckedOutCartIsAConflict() {
        shop.addItem(cartId, "MUG-1", 1, "1.00").expectStatus().isAccepted();
        shop.checkOut(cartId).expectStatus().isAccepted();

        expectProblem(shop.addItem(cartId, "MUG-2", 1, "1.00"), 409, "/problems/cart-already-checked-out")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).isNotBlank());
        expectProblem(shop.checkOut(cartId), 409, "/problems/cart-already-checked-out");
        assertThat(events.typesOf(cartId)).filteredOn(CartCheckedOut.class::equals).hasSize(1);
    }

    @Test
    void aBrokenBusinessRuleIsA422() {
        expectProblem(shop.checkOut(cartId), 422, "/problems/empty-cart-cannot-be-checked-out");
    }

    @Test
    void creatingStockTwiceIsAConflict() {
        shop.registerStock("DESK-9", "BER-1", 1).expectStatus().isCreated();
        expectProblem(shop.registerStock("DESK-9", "BER-1", 1), 409, "/problems/already-exists");
    }
}
