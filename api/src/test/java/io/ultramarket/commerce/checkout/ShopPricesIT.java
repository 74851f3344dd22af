package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop sets the prices (OWASP API3): a shopper names a SKU and a quantity, never a price, a customer, a
 * total or a status; the cart shows the catalog's current prices, and the order is priced at checkout.
 */
@ApiIntegrationTest
class ShopPricesIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    Shop shop;
    Checkouts checkouts;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        checkouts = new Checkouts(http);
    }

    @Test
    void aPriceInAnAddToCartRequestIsRefusedAsAnUnknownField() {
        String mug = Checkouts.newSku("MUG");
        shop.sell(mug, "9.90");
        UUID cartId = shop.createCart();

        shop.post("/carts/" + cartId + "/items", Map.of("sku", mug, "quantity", 1,
                        "unitPrice", Map.of("amount", "0.01", "currency", "EUR")))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("unitPrice")
                .jsonPath("$.errors[0].message").isEqualTo("unknown field 'unitPrice'");

        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class);
    }

    @Test
    void customersTotalsAndStatusesInARequestAreUnknownFields() {
        String mug = Checkouts.newSku("MUG");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, mug, 1, "9.90").expectStatus().isAccepted();

        http.post().uri("/carts").attributes(shop.asOwnerOf(cartId)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", UUID.randomUUID().toString())).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        for (var field : Map.of("total", (Object) Map.of("amount", "0.01", "currency", "EUR"),
                "status", "CHECKED_OUT", "customerId", UUID.randomUUID().toString()).entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>(Shop.checkoutBody());
            body.put(field.getKey(), field.getValue());
            shop.post("/carts/" + cartId + "/checkout", body)
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(field.getKey());
        }
        assertThat(events.typesOf(cartId)).doesNotContain(CartCheckedOut.class);
    }

    @Test
    void aSkuTheShopDoesNotSellCannotBeAdded() {
        UUID cartId = shop.createCart();
        String unpublished = Checkouts.newSku("DRAFT");
        new Catalog(http).create(Catalog.product("Draft", "not yet for sale", "tests",
                Catalog.variant(unpublished, "1.00", Map.of())));

        for (String sku : new String[]{Checkouts.newSku("NOWHERE"), unpublished}) {
            shop.post("/carts/" + cartId + "/items", Shop.item(sku, 1))
                    .expectStatus().isEqualTo(422)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("/problems/sku-not-for-sale")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(sku));
        }
        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class);
    }

    @Test
    void aPriceChangeBetweenAddAndCheckoutShowsInTheCartAndTheOrderAndTheTotalIsTheCatalogs() {
        String mug = Checkouts.newSku("MUG");
        String tee = Checkouts.newSku("TEE");
        checkouts.stock(mug, "BER-1", 5);
        checkouts.stock(tee, "BER-1", 5);
        UUID cartId = shop.createCart();
        shop.addItem(cartId, mug, 2, "9.90").expectStatus().isAccepted();
        String lastChange = Shop.positionOf(shop.addItem(cartId, tee, 1, "19.00"));

        shop.sell(mug, "12.00");

        shop.read("/carts/" + cartId, lastChange).expectStatus().isOk().expectBody()
                .jsonPath("$.lines[0].sku").isEqualTo(mug)
                .jsonPath("$.lines[0].unitPrice.amount").isEqualTo("12.00")
                .jsonPath("$.lines[0].lineTotal.amount").isEqualTo("24.00")
                .jsonPath("$.lines[1].unitPrice.amount").isEqualTo("19.00")
                .jsonPath("$.total.amount").isEqualTo("43.00");

        UUID orderId = checkouts.checkOutCart(cartId, Checkouts.goodCard(), "parcelpost:standard", "DE");

        CartCheckedOut checkedOut = (CartCheckedOut) events.of(cartId).get(3).getPayload();
        // 43.00 of goods and parcelpost:standard for 3 units, 2 kg (4.90 + 2 × 0.80).
        assertThat(checkedOut.total()).isEqualTo(Money.of("49.50", "EUR"));
        assertThat(checkedOut.totals().subtotal()).isEqualTo(Money.of("43.00", "EUR"));
        assertThat(checkedOut.prices()).containsExactlyInAnyOrder(
                PriceQuote.fromCatalog(Sku.of(mug), Money.of("12.00", "EUR")),
                PriceQuote.fromCatalog(Sku.of(tee), Money.of("19.00", "EUR")));
        await().atMost(Checkouts.PATIENCE).until(() -> checkouts.statusOf(orderId) != null);
        JsonNode order = checkouts.order(orderId);
        assertThat(order.get("total").get("amount").asText()).isEqualTo("49.50");
        assertThat(order.get("lines").findValuesAsText("sku")).containsExactly(mug, tee);
        assertThat(order.get("lines").get(0).get("unitPrice").get("amount").asText()).isEqualTo("12.00");
    }

    @Test
    void aLineTheShopStoppedSellingCannotBeCheckedOut() {
        String lamp = Checkouts.newSku("LAMP");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, lamp, 1, "35.00").expectStatus().isAccepted();
        UUID productId = shop.productOf(lamp);
        String position = Shop.positionOf(new Catalog(http).unpublish(productId));
        shop.read("/products/" + productId, position).expectStatus().isOk();

        shop.post("/carts/" + cartId + "/checkout", Shop.checkoutBody())
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/cart-line-not-for-sale");
    }
}
