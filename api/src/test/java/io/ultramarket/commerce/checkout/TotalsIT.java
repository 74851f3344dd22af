package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.integration.PublishedEvents;
import io.ultramarket.commerce.integration.PublishedEvents.Published;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionGranted;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionRevoked;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.totals.TaxAmount;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import io.ultramarket.commerce.schemas.totals.Totals;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Totals that add up, end to end (ADR 0065): a checkout's subtotal, shipping, each tax and total in the order, the
 * captured payment and the Kafka event; returns that give back the tax by the unit; a destination before checkout
 * with its rates and taxes; an unknown shipping option refused. A product's own tax category, and a tax-exempt
 * business paying net (ADR 0075).
 */
@ApiIntegrationTest
class TotalsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIDENCE = "VAT id DE123456789, valid in VIES on 2026-12-03";

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

    /**
     * 3 × 9.99 EUR with 19 % VAT inside, parcelpost:express for 3 units (2 kg: 9.90 + 2 × 1.20 = 12.30, 1.96 VAT
     * inside): 29.97 + 12.30 = 42.27, of which 4.79 + 1.96 = 6.75 VAT. One mug sent back: 9.99, of which 1.60 VAT.
     */
    @Test
    void aCheckoutInGermanyWithExpressShippingHasItsSubtotalShippingVatAndTotalInTheOrderThePaymentAndTheKafkaEvent()
            throws IOException {
        String mug = Checkouts.newSku("MUG");
        checkouts.stock(mug, "BER-1", 3);

        UUID orderId = checkouts.checkOut(Map.of(mug, 3), "9.99", Checkouts.goodCard(), "parcelpost:express");

        await().atMost(Checkouts.PATIENCE).until(() -> !events.of(orderId).isEmpty());
        Totals totals = events.first(orderId, OrderPlaced.class).totals();
        assertThat(totals.subtotal()).isEqualTo(eur("29.97"));
        assertThat(totals.shipping().option()).isEqualTo("parcelpost:express");
        assertThat(totals.shipping().fee()).isEqualTo(eur("12.30"));
        assertThat(totals.taxes()).extracting(TaxAmount::amount).containsExactly(eur("6.75"));
        assertThat(totals.taxes().get(0).rate().percent()).isEqualByComparingTo("19");
        assertThat(totals.lines().get(0).tax()).isEqualTo(eur("4.79"));
        assertThat(totals.total()).isEqualTo(eur("42.27"));
        assertThat(totals.pricesIncludeTax()).isTrue();
        JsonNode payment = checkouts.awaitPayment(orderId, "CAPTURED");
        assertThat(payment.get("captured").get("amount").asText()).isEqualTo("42.27");
        assertThat(checkouts.awaitOrder(orderId, "DELIVERED").get("total").get("amount").asText()).isEqualTo("42.27");

        try (PublishedEvents published = new PublishedEvents(RealServers.kafka().bootstrapServers())) {
            Published placed = published.awaitFirst(orderId.toString(), "OrderPlaced", Checkouts.PATIENCE);
            assertThat(placed.headers()).containsEntry("event-revision", "3");
            assertThat(PublishedEvents.violations(placed)).isEmpty();
            JsonNode value = JSON.readTree(placed.value());
            assertThat(value.at("/total/amount").asText()).isEqualTo("42.27");
            assertThat(value.at("/totals/subtotal/amount").asText()).isEqualTo("29.97");
            assertThat(value.at("/totals/shipping/fee/amount").asText()).isEqualTo("12.30");
            assertThat(value.at("/totals/taxes/0/amount/amount").asText()).isEqualTo("6.75");
            assertThat(value.at("/totals/taxes/0/rate/zone").asText()).isEqualTo("DE");
            assertThat(value.at("/totals/lines/0/taxRate/percent").asText()).isEqualTo("19");
        }

        checkouts.post("/orders/" + orderId + "/returns", Map.of("lines", List.of(Map.of("sku", mug, "quantity", 1)),
                "reason", "one was chipped")).expectStatus().isAccepted();
        JsonNode refunded = checkouts.awaitPayment(orderId, "PARTIALLY_REFUNDED");
        assertThat(refunded.get("refunded").get("amount").asText()).isEqualTo("9.99");
        OrderReturned returned = events.first(orderId, OrderReturned.class);
        assertThat(returned.tax()).as("a third of the line's 4.79 of VAT").isEqualTo(eur("1.60"));
    }

    @Test
    void anUnknownShippingOptionIsRefusedOnItsFieldAndNothingIsCheckedOut() {
        String mug = Checkouts.newSku("MUG");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, mug, 1, "9.99").expectStatus().isAccepted();

        shop.post("/carts/" + cartId + "/checkout", Map.of(
                        "shippingAddress", Map.of("recipient", "Ada Lovelace", "line1", "Main Street 1",
                                "postalCode", "10115", "city", "Berlin", "country", "DE"),
                        "shippingOption", "standard", "paymentMethod", Map.of("type", "card", "token", "tok_visa")))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/unknown-shipping-option")
                .jsonPath("$.errors[0].field").isEqualTo("shippingOption")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("no carrier offers 'standard' for 1 unit(s) to DE; the options are ")
                        .contains("parcelpost:standard", "parcelpost:express"));

        assertThat(events.typesOf(cartId)).doesNotContain(CartCheckedOut.class);
    }

    /**
     * Shipping to New York City: a region is needed, prices are net and 8.875 % is added. 3 × 9.99 EUR and
     * parcelpost:standard abroad for 2 kg (4.90 + 2 × 0.80 + 6.00 = 12.50): 29.97 + 2.66 + 12.50 + 1.11 = 46.24.
     * An address in Germany is then refused: the cart is priced for the US.
     */
    @Test
    void aCartGivenADestinationShowsItsRatesAndTaxesAndChecksOutOnlyThere() {
        String mug = Checkouts.newSku("MUG");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, mug, 3, "9.99").expectStatus().isAccepted();

        http.put().uri("/carts/" + cartId + "/destination").attributes(shop.asOwnerOf(cartId))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("country", "US")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
        http.put().uri("/carts/" + cartId + "/destination").attributes(shop.asOwnerOf(cartId))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("country", "US", "region", "NY")).exchange()
                .expectStatus().isAccepted();

        http.get().uri("/carts/" + cartId + "/totals?shippingOption=parcelpost:standard").attributes(shop.asOwnerOf(cartId))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.destination.country").isEqualTo("US")
                .jsonPath("$.destination.region").isEqualTo("NY")
                .jsonPath("$.shippingOptions[?(@.option == 'parcelpost:standard')].price.amount").isEqualTo("12.50")
                .jsonPath("$.totals.pricesIncludeTax").isEqualTo(false)
                .jsonPath("$.totals.lines[0].tax.amount").isEqualTo("2.66")
                .jsonPath("$.totals.shipping.tax.amount").isEqualTo("1.11")
                .jsonPath("$.totals.taxes[0].rate.zone").isEqualTo("US-NY")
                .jsonPath("$.totals.taxTotal.amount").isEqualTo("3.77")
                .jsonPath("$.totals.total.amount").isEqualTo("46.24");

        shop.checkOut(cartId)
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/stale-checkout-quote")
                .jsonPath("$.errors[0].field").isEqualTo("shippingAddress.country");
        assertThat(events.typesOf(cartId)).doesNotContain(CartCheckedOut.class);
    }

    /** A book (catalog category books/…) is taxed at Germany's reduced 7 %: 2 × 12.99 EUR carry 1.70 of VAT. */
    @Test
    void aProductsCatalogCategoryChoosesItsTaxRate() {
        String book = Checkouts.newSku("BOOK");
        var created = http.post().uri("/products").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Catalog.product("Novel " + book, "A novel", "books/novels", Catalog.variant(book, "12.99", Map.of())))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult();
        String productId = created.getResponseBody().get("productId").toString();
        String position = Shop.positionOf(http.post().uri("/products/" + productId + "/publish").exchange());
        shop.read("/products/" + productId, position).expectStatus().isOk();
        UUID cartId = shop.createCart();
        shop.post("/carts/" + cartId + "/items", Shop.item(book, 2)).expectStatus().isAccepted();

        http.get().uri("/carts/" + cartId + "/totals?shippingOption=parcelpost:standard").attributes(shop.asOwnerOf(cartId))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.destination.country").isEqualTo("DE")
                .jsonPath("$.totals.lines[0].taxRate.category").isEqualTo("REDUCED")
                .jsonPath("$.totals.lines[0].taxRate.percent").isEqualTo("7")
                .jsonPath("$.totals.lines[0].tax.amount").isEqualTo("1.70")
                .jsonPath("$.totals.subtotal.amount").isEqualTo("25.98");
    }

    /**
     * A book set in gifts/sets (a catalog category taxed at the standard rate) set REDUCED on the product itself:
     * DE 7 % inside 19.99 is 1.31 (19.99 × 7 / 107 = 1.3078), in the order's totals; a value the shop does not know is
     * 400 on {@code taxCategory}; cleared by an update, it follows its catalog category again (19 % inside 19.99: 3.19).
     */
    @Test
    void aBookSetSetReducedOnTheProductIsTaxedAtGermanys7PercentInsideItsPriceInTheOrder() {
        String set = Checkouts.newSku("BOOKSET");
        Map<String, Object> body = Catalog.product("Book set " + set, "Three novels", "gifts/sets",
                Catalog.variant(set, "19.99", Map.of()));
        Map<String, Object> unknown = new java.util.LinkedHashMap<>(body);
        unknown.put("taxCategory", "LUXURY");
        http.post().uri("/products").contentType(MediaType.APPLICATION_JSON).bodyValue(unknown).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("taxCategory");
        body.put("taxCategory", "REDUCED");
        var created = http.post().uri("/products").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult();
        String productId = created.getResponseBody().get("productId").toString();
        String position = Shop.positionOf(http.post().uri("/products/" + productId + "/publish").exchange());
        shop.read("/products/" + productId, position).expectStatus().isOk()
                .expectBody().jsonPath("$.taxCategory").isEqualTo("REDUCED");
        checkouts.stock(set, "BER-1", 1);
        UUID cartId = shop.createCart();
        shop.post("/carts/" + cartId + "/items", Shop.item(set, 1)).expectStatus().isAccepted();

        UUID orderId = checkouts.checkOutCart(cartId, Checkouts.goodCard(), "parcelpost:standard", "DE");

        await().atMost(Checkouts.PATIENCE).until(() -> !events.of(orderId).isEmpty());
        Totals totals = events.first(orderId, OrderPlaced.class).totals();
        assertThat(totals.lines().get(0).taxRate().category()).isEqualTo(TaxCategory.REDUCED);
        assertThat(totals.lines().get(0).taxRate().percent()).isEqualByComparingTo("7");
        assertThat(totals.lines().get(0).tax()).isEqualTo(eur("1.31"));
        assertThat(totals.lines().get(0).net()).isEqualTo(eur("18.68"));
        assertThat(totals.total()).isEqualTo(eur("19.99").plus(totals.shipping().fee()));

        body.remove("taxCategory");
        String cleared = Shop.positionOf(http.put().uri("/products/" + productId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isAccepted());
        shop.read("/products/" + productId, cleared).expectStatus().isOk()
                .expectBody().jsonPath("$.taxCategory").doesNotExist();
        UUID another = shop.createCart();
        shop.post("/carts/" + another + "/items", Shop.item(set, 1)).expectStatus().isAccepted();
        http.get().uri("/carts/" + another + "/totals?shippingOption=parcelpost:standard").attributes(shop.asOwnerOf(another))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totals.lines[0].taxRate.category").isEqualTo("STANDARD")
                .jsonPath("$.totals.lines[0].tax.amount").isEqualTo("3.19");
    }

    /**
     * 11.90 EUR with 19 % VAT inside (1.90): the exempt business pays 10.00 and the standard parcel's fee less the VAT
     * inside it, no tax; unmarked, the same checkout costs 11.90 and the whole fee, 1.90 of VAT and the fee's in it.
     */
    @Test
    void anExemptBusinessInGermanyPaysNetAndAfterUnmarkingGrossAgain() {
        UUID business = UUID.randomUUID();
        http.get().uri("/customers/me").attributes(TestUsers.asCustomer(business)).exchange().expectStatus().isOk();
        String sku = Checkouts.newSku("TONER");
        checkouts.stock(sku, "BER-1", 2);

        taxExemption(business, Map.of("evidence", EVIDENCE)).expectStatus().isAccepted();
        UUID cartId = shop.createCart(business);
        shop.addItem(cartId, sku, 1, "11.90").expectStatus().isAccepted();
        http.get().uri("/carts/" + cartId + "/totals?shippingOption=parcelpost:standard").attributes(shop.asOwnerOf(cartId))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totals.taxExemption.reason").isEqualTo(TaxExemption.CUSTOMER)
                .jsonPath("$.totals.taxes.length()").isEqualTo(0)
                .jsonPath("$.totals.lines[0].net.amount").isEqualTo("10.00");
        UUID exemptOrder = checkouts.checkOutCart(cartId, Checkouts.goodCard(), "parcelpost:standard", "DE");

        Totals exempt = placed(exemptOrder);
        Money fee = exempt.shipping().fee();
        Money feeNet = fee.minus(Money.rounded(fee.amount().multiply(BigDecimal.valueOf(19))
                .divide(BigDecimal.valueOf(119), 12, RoundingMode.HALF_UP), fee.currency()));
        assertThat(exempt.taxExemption()).isEqualTo(TaxExemption.ofCustomer());
        assertThat(exempt.lines().get(0).lineTotal()).isEqualTo(eur("11.90"));
        assertThat(exempt.lines().get(0).net()).as("11.90 less the 1.90 of VAT inside").isEqualTo(eur("10.00"));
        assertThat(exempt.taxes()).isEmpty();
        assertThat(exempt.taxTotal()).isEqualTo(eur("0.00"));
        assertThat(exempt.total()).isEqualTo(eur("10.00").plus(feeNet));
        JsonNode payment = checkouts.awaitPayment(exemptOrder, "CAPTURED");
        assertThat(payment.get("captured").get("amount").asText()).isEqualTo(exempt.total().amount().toPlainString());

        http.delete().uri("/customers/" + business + "/tax-exemption").exchange().expectStatus().isAccepted();
        UUID grossOrder = checkouts.checkOut(business, Map.of(sku, 1), "11.90", Checkouts.goodCard(),
                "parcelpost:standard", "DE");

        Totals gross = placed(grossOrder);
        assertThat(gross.taxExemption()).isNull();
        assertThat(gross.lines().get(0).tax()).isEqualTo(eur("1.90"));
        assertThat(gross.total()).isEqualTo(eur("11.90").plus(fee));
        assertThat(gross.taxTotal()).isEqualTo(eur("1.90").plus(fee.minus(feeNet)));
        assertThat(events.typesOf(business))
                .containsSubsequence(CustomerTaxExemptionGranted.class, CustomerTaxExemptionRevoked.class);
    }

    @Test
    void evidenceIsRequiredAndBoundedAndACustomerWithoutARecordCannotBeMarked() {
        UUID business = UUID.randomUUID();
        http.get().uri("/customers/me").attributes(TestUsers.asCustomer(business)).exchange().expectStatus().isOk();

        taxExemption(business, Map.of("evidence", " ")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidence");
        taxExemption(business, Map.of("evidence", "x".repeat(201))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidence");
        taxExemption(UUID.randomUUID(), Map.of("evidence", EVIDENCE)).expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec taxExemption(UUID customerId, Map<String, String> body) {
        return http.put().uri("/customers/" + customerId + "/tax-exemption").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private Totals placed(UUID orderId) {
        await().atMost(Checkouts.PATIENCE).until(() -> !events.of(orderId).isEmpty());
        return events.first(orderId, OrderPlaced.class).totals();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
