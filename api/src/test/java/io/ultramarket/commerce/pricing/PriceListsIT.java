package io.ultramarket.commerce.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.web.CommandResponses.POSITION_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Price lists as a shop uses them (ADR 0067): a cart opened in a currency is priced in it and shipped at the
 * carriers' rates in it (ADR 0076), a customer in a
 * customer group pays the group's price, and a price change reaches open carts but never a placed order.
 */
@ApiIntegrationTest
class PriceListsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    Shop shop;
    Catalog catalog;
    Checkouts checkouts;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        catalog = new Catalog(http);
        checkouts = new Checkouts(http);
    }

    /** Lists a price of the SKU (put on sale by {@link Shop#sell}) and waits until the products read model has it. */
    private void list(String sku, String amount, String currency, String group) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("price", Map.of("amount", amount, "currency", currency));
        if (group != null) {
            body.put("customerGroup", group);
        }
        UUID productId = shop.productOf(sku);
        String position = Shop.positionOf(catalog.send("POST", "/products/" + productId + "/price-list", body));
        shop.read("/products/" + productId, position).expectStatus().isOk();
    }

    private UUID openCart(UUID customerId, String currency) {
        return UUID.fromString(http.post().uri("/carts").attributes(TestUsers.asCustomer(customerId))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("currency", currency)).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("cartId").toString());
    }

    private WebTestClient.ResponseSpec addItem(UUID customerId, UUID cartId, String sku) {
        return http.post().uri("/carts/" + cartId + "/items").attributes(TestUsers.asCustomer(customerId))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Shop.item(sku, 1)).exchange();
    }

    private JsonNode cart(UUID customerId, UUID cartId, String position) {
        return http.get().uri("/carts/" + cartId).attributes(TestUsers.asCustomer(customerId))
                .header(POSITION_HEADER, position).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void aCartCreatedInUsdIsPricedInUsd() {
        String mug = Checkouts.newSku("MUG");
        shop.sell(mug, "9.90");
        list(mug, "10.50", "USD", null);
        UUID customer = UUID.randomUUID();
        UUID cartId = openCart(customer, "USD");

        String added = Shop.positionOf(addItem(customer, cartId, mug));

        assertThat(((CartCreated) events.of(cartId).get(0).getPayload()).currency()).isEqualTo(Currency.getInstance("USD"));
        ItemAddedToCart item = (ItemAddedToCart) events.of(cartId).get(1).getPayload();
        assertThat(item.unitPrice()).isEqualTo(Money.of("10.50", "USD"));
        assertThat(item.priceList()).isEqualTo("list-USD");
        JsonNode view = cart(customer, cartId, added);
        assertThat(view.at("/lines/0/unitPrice/amount").asText()).isEqualTo("10.50");
        assertThat(view.at("/total/currency").asText()).isEqualTo("USD");
    }

    /** A cart of the customer's in {@code currency} holding one {@code sku}, listed at {@code amount} in it. */
    private UUID cartWithOne(String sku, UUID customerId, String amount, String currency) {
        shop.sell(sku, "9.90");
        list(sku, amount, currency, null);
        UUID cartId = openCart(customerId, currency);
        addItem(customerId, cartId, sku).expectStatus().isAccepted();
        return cartId;
    }

    private WebTestClient.ResponseSpec checkOut(UUID customerId, UUID cartId, String shippingOption) {
        Map<String, Object> checkout = Map.of(
                "shippingAddress", Map.of("recipient", "Ada", "line1", "Main St 1", "postalCode", "10115",
                        "city", "Berlin", "country", "DE"),
                "shippingOption", shippingOption, "paymentMethod", Map.of("type", "card", "token", Checkouts.goodCard()));
        return http.post().uri("/carts/" + cartId + "/checkout").attributes(TestUsers.asCustomer(customerId))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(checkout).exchange();
    }

    /**
     * A mug at 10.50 USD shipped to Berlin with parcelpost:standard (ADR 0076): one unit weighs 500 g, one started
     * kilogram at the USD table's 5.50 + 0.90 = 6.40 USD; DE's 19 % VAT is inside both (1.68 + 1.02 = 2.70), so the
     * order's total is 16.90 USD, and that is what the payment captures.
     */
    @Test
    void aCartInUsdChecksOutWithAUsdShippingFeeInItsOrderTotalsAndPayment() {
        String mug = Checkouts.newSku("MUG");
        checkouts.stock(mug, "BER-1", 5);
        UUID customer = UUID.randomUUID();
        UUID cartId = cartWithOne(mug, customer, "10.50", "USD");

        http.get().uri("/carts/" + cartId + "/totals?shippingOption=parcelpost:standard")
                .attributes(TestUsers.asCustomer(customer)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totals.shipping.fee.amount").isEqualTo("6.40")
                .jsonPath("$.totals.shipping.fee.currency").isEqualTo("USD")
                .jsonPath("$.shippingOptions[*].price.currency").value(currencies ->
                        assertThat((List<Object>) currencies).isNotEmpty().containsOnly("USD"));
        UUID orderId = UUID.fromString(checkOut(customer, cartId, "parcelpost:standard").expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("orderId").asText());

        await().atMost(Checkouts.PATIENCE).until(() -> !events.of(orderId).isEmpty());
        Totals totals = events.first(orderId, OrderPlaced.class).totals();
        assertThat(totals.shipping().fee()).isEqualTo(Money.of("6.40", "USD"));
        assertThat(totals.taxTotal()).isEqualTo(Money.of("2.70", "USD"));
        assertThat(totals.total()).isEqualTo(Money.of("16.90", "USD"));
        JsonNode payment = checkouts.awaitPayment(orderId, "CAPTURED");
        assertThat(payment.at("/captured/amount").asText()).isEqualTo("16.90");
        assertThat(payment.at("/captured/currency").asText()).isEqualTo("USD");
        http.get().uri("/orders/{id}/totals", orderId).attributes(TestUsers.as("support")).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.shipping.fee.amount").isEqualTo("6.40")
                .jsonPath("$.shipping.fee.currency").isEqualTo("USD")
                .jsonPath("$.total.amount").isEqualTo("16.90");
        // The orders read model's breakdown columns (ADR 0076), in the order's currency.
        JsonNode order = checkouts.order(orderId);
        assertThat(List.of(order.at("/subtotal/amount").asText(), order.at("/discountTotal/amount").asText(),
                order.at("/shippingFee/amount").asText(), order.at("/taxTotal/amount").asText(),
                order.at("/total/amount").asText())).containsExactly("10.50", "0.00", "6.40", "2.70", "16.90");
        assertThat(order.at("/shippingFee/currency").asText()).isEqualTo("USD");
    }

    @Test
    void aCartInACurrencyTheCarriersHaveNoRatesInIsToldSoAndStaysOpen() {
        UUID customer = UUID.randomUUID();
        UUID cartId = cartWithOne(Checkouts.newSku("MUG"), customer, "11.00", "CHF");

        http.get().uri("/carts/" + cartId + "/totals").attributes(TestUsers.asCustomer(customer)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/shipping-not-quoted-in-currency");
        checkOut(customer, cartId, "parcelpost:standard")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/shipping-not-quoted-in-currency")
                .jsonPath("$.errors[0].field").isEqualTo("shippingOption")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("parcelpost:standard", "EUR", "CHF"));

        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class, ItemAddedToCart.class);
    }

    @Test
    void aCartInJpyRefusesASkuPricedOnlyInEurWithAFieldLevelMessage() {
        String mug = Checkouts.newSku("MUG");
        shop.sell(mug, "9.90");
        UUID customer = UUID.randomUUID();
        UUID cartId = openCart(customer, "JPY");

        addItem(customer, cartId, mug)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/sku-not-priced-in-currency")
                .jsonPath("$.errors[0].field").isEqualTo("sku")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains(mug, "JPY"));

        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class);
    }

    @Test
    void aCartWithoutACurrencyIsInTheDefaultOneAndAnUnknownCurrencyIsRefused() {
        UUID cartId = shop.createCart();
        assertThat(((CartCreated) events.of(cartId).get(0).getPayload()).currency()).isEqualTo(Currency.getInstance("EUR"));

        http.post().uri("/carts").attributes(TestUsers.asCustomer(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("currency", "XYZ")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currency");
    }

    @Test
    void aCustomerInGroupB2bSeesTheGroupPrice() {
        String mug = Checkouts.newSku("MUG");
        shop.sell(mug, "9.90");
        list(mug, "7.00", "EUR", "b2b");
        UUID buyer = UUID.randomUUID();
        http.get().uri("/customers/me").attributes(TestUsers.asCustomer(buyer)).exchange().expectStatus().isOk();
        http.put().uri("/customers/" + buyer + "/group").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("group", "b2b")).exchange()
                .expectStatus().isAccepted();
        UUID buyersCart = shop.createCart(buyer);
        UUID someoneElse = UUID.randomUUID();
        UUID othersCart = shop.createCart(someoneElse);

        String buyersAdd = Shop.positionOf(addItem(buyer, buyersCart, mug));
        String othersAdd = Shop.positionOf(addItem(someoneElse, othersCart, mug));

        ItemAddedToCart groupLine = (ItemAddedToCart) events.of(buyersCart).get(1).getPayload();
        assertThat(groupLine.unitPrice()).isEqualTo(Money.of("7.00", "EUR"));
        assertThat(groupLine.priceList()).isEqualTo("group-b2b-EUR");
        assertThat(cart(buyer, buyersCart, buyersAdd).at("/lines/0/unitPrice/amount").asText()).isEqualTo("7.00");
        assertThat(cart(someoneElse, othersCart, othersAdd).at("/lines/0/unitPrice/amount").asText()).isEqualTo("9.90");
    }

    @Test
    void aCustomerWithoutARecordCannotBePutInAGroup() {
        http.put().uri("/customers/" + UUID.randomUUID() + "/group").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("group", "b2b")).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aPriceChangeAfterCheckoutReachesAnOpenCartButDoesNotChangeThePlacedOrder() {
        String mug = Checkouts.newSku("MUG");
        checkouts.stock(mug, "BER-1", 5);
        UUID placedCart = shop.createCart();
        shop.addItem(placedCart, mug, 2, "9.90").expectStatus().isAccepted();
        UUID openCart = shop.createCart();
        String openAdd = Shop.positionOf(shop.addItem(openCart, mug, 1, "9.90"));
        UUID orderId = checkouts.checkOutCart(placedCart, Checkouts.goodCard(), "parcelpost:standard", "DE");
        await().atMost(Checkouts.PATIENCE).until(() -> checkouts.statusOf(orderId) != null);
        String placedTotal = checkouts.order(orderId).at("/total/amount").asText();

        shop.sell(mug, "12.00");

        JsonNode order = checkouts.order(orderId);
        assertThat(order.at("/lines/0/unitPrice/amount").asText()).isEqualTo("9.90");
        assertThat(order.at("/total/amount").asText()).as("two mugs at 9.90 and the shipping").isEqualTo(placedTotal);
        CartCheckedOut checkedOut = (CartCheckedOut) events.of(placedCart).get(2).getPayload();
        assertThat(checkedOut.prices()).containsExactly(PriceQuote.fromCatalog(Sku.of(mug), Money.of("9.90", "EUR")));
        assertThat(checkedOut.totals().total().amount().toPlainString()).isEqualTo(placedTotal);
        await().atMost(Checkouts.PATIENCE).until(() ->
                "CHECKED_OUT".equals(cart(shop.ownerOf(placedCart), placedCart, openAdd).path("status").asText()));
        assertThat(cart(shop.ownerOf(placedCart), placedCart, openAdd).at("/lines/0/unitPrice/amount").asText())
                .as("a checked-out cart shows its order's prices").isEqualTo("9.90");
        assertThat(cart(shop.ownerOf(openCart), openCart, openAdd).at("/lines/0/unitPrice/amount").asText())
                .as("an open cart shows the new price").isEqualTo("12.00");
    }
}
