package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
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

    /**
     * A command that no state of its aggregate could accept is refused while it is built, before any aggregate
     * is loaded (ADR 0050): still a 422 of its own type, the one the aggregate answered before, and nothing stored.
     */
    @Test
    void aCommandRefusedByItsOwnValuesIsA422OfItsOwnType() {
        String sku = "ADJ-" + UUID.randomUUID().toString().substring(0, 8);
        shop.registerStock(sku, "BER-1", 5).expectStatus().isCreated();

        expectProblem(shop.post("/stock/" + sku + "/adjustments", Map.of("warehouse", "BER-1", "delta", 0, "reason", "recount")),
                422, "/problems/zero-stock-adjustment")
                .jsonPath("$.title").isEqualTo("Zero stock adjustment")
                .jsonPath("$.detail").isEqualTo("Adjustment of stock item " + sku + "@BER-1 must change the units on hand:"
                        + " give a positive or negative delta, not zero.");
        assertThat(events.typesOf(sku + "@BER-1")).containsExactly(StockItemRegistered.class);
    }

    @Test
    void creatingStockTwiceIsAConflict() {
        shop.registerStock("DESK-9", "BER-1", 1).expectStatus().isCreated();
        expectProblem(shop.registerStock("DESK-9", "BER-1", 1), 409, "/problems/already-exists");
    }
}
