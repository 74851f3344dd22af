package io.ultramarket.commerce.limits;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount with an exponent ("1e20000000") is refused as text on every route that takes money, before it
 * becomes a number that arithmetic would blow up (issue 12): a 400 naming the field, nothing stored.
 */
@ApiIntegrationTest
class MoneyBombIT {

    static final String BOMB = "1e20000000";

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;

    /** Carts take no amounts any more (the catalog prices them); a price change is where an amount comes in. */
    @ParameterizedTest
    @ValueSource(strings = {BOMB, "1E+20000000", "-1", "9.9e1", "0x10", "1000000000.00", "9.999", " ", "NaN", "Infinity"})
    void aPriceRefusesAnAmountThatIsNotABoundedPlainDecimal(String amount) {
        expectRefused(HttpMethod.POST, "/products/" + UUID.randomUUID() + "/prices",
                Map.of("sku", "TR-42", "price", Map.of("amount", amount, "currency", "EUR")), "price.amount");
    }

    @Test
    void theBombAsAJsonNumberIsRefusedToo() {
        // A raw body: a JSON number, not a string, and too large for a double.
        expectRefused(HttpMethod.POST, "/products/" + UUID.randomUUID() + "/prices",
                "{\"sku\":\"TR-42\",\"price\":{\"amount\":" + BOMB + ",\"currency\":\"EUR\"}}", "price.amount");
    }

    @Test
    void theLargestAllowedPriceFillsACartThatStillFitsEveryColumn() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "BOMB-MAX-" + UUID.randomUUID().toString().substring(0, 8), 99, "999999999.99")
                .expectStatus().isAccepted();
        shop.addItem(cartId, "BOMB-PAD-" + UUID.randomUUID().toString().substring(0, 8), 1, "0000012.50")
                .expectStatus().isAccepted();
    }

    @Test
    void aCartRefusesAPriceFromTheClient() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        expectProblem(shop.post("/carts/" + cartId + "/items",
                Map.of("sku", "MUG-1", "quantity", 1, "unitPrice", Map.of("amount", BOMB, "currency", "EUR"))),
                400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("unitPrice");
        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class);
    }

    @Test
    void aCreatedProductRefusesTheBomb() {
        expectRefused(HttpMethod.POST, "/products", product(), "variants[0].price.amount");
    }

    @Test
    void aReplacedProductRefusesTheBomb() {
        expectRefused(HttpMethod.PUT, "/products/" + UUID.randomUUID(), product(), "variants[0].price.amount");
    }

    @Test
    void aPriceChangeRefusesTheBomb() {
        expectRefused(HttpMethod.POST, "/products/" + UUID.randomUUID() + "/prices",
                Map.of("sku", "TR-42", "price", bomb()), "price.amount");
    }

    @Test
    void aRefundRefusesTheBomb() {
        expectRefused(HttpMethod.POST, "/payments/" + UUID.randomUUID() + "/refunds",
                Map.of("amount", bomb(), "reason", "goodwill"), "amount.amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"minPrice", "maxPrice"})
    void aSearchRefusesTheBombAsAPriceBound(String bound) {
        expectProblem(http.get().uri("/search?" + bound + "=" + BOMB).exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo(bound);
    }

    @Test
    void aJapaneseYenAmountHasNoDecimals() {
        var change = Map.of("sku", "TR-42", "price", Map.of("amount", "500.5", "currency", "JPY"));
        expectRefused(HttpMethod.POST, "/products/" + UUID.randomUUID() + "/prices", change, "price.amount")
                .jsonPath("$.errors[0].message").isEqualTo("500.5 has more than 0 decimal places");
    }

    private WebTestClient.BodyContentSpec expectRefused(HttpMethod method, String path, Object body, String field) {
        var response = http.method(method).uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return expectProblem(response, 400, "/problems/invalid-request").jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private static Map<String, Object> product() {
        return Map.of("name", "Trail runner", "category", "apparel/shoes",
                "variants", List.of(Map.of("sku", "TR-42", "price", bomb())));
    }

    private static Map<String, String> bomb() {
        return Map.of("amount", BOMB, "currency", "EUR");
    }
}
