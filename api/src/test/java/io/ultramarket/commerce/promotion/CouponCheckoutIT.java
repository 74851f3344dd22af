package io.ultramarket.commerce.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.integration.PublishedEvents;
import io.ultramarket.commerce.integration.PublishedEvents.Published;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.totals.Totals;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coupons at checkout, end to end (ADR 0072): the discount in the totals before tax, in the order, the captured
 * payment, the analytics revenue and the Kafka event, and shared out over a partial return; a coupon limited to 10
 * uses tried by 200 concurrent checkouts against the real PostgreSQL, of which exactly 10 get it.
 */
@ApiIntegrationTest
class CouponCheckoutIT {

    private static final Logger log = LoggerFactory.getLogger(CouponCheckoutIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int USES = 10;
    private static final int CHECKOUTS = 200;

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    @Autowired
    JdbcTemplate jdbc;
    Shop shop;
    Checkouts checkouts;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        checkouts = new Checkouts(http);
    }

    /**
     * 3 × 9.99 EUR with 19 % VAT inside, 10 % off (3.00), parcelpost:express for 3 units (12.30, 1.96 VAT inside):
     * 29.97 − 3.00 + 12.30 = 39.27, of which 4.31 (on the 26.97 paid for the mugs) + 1.96 = 6.27 VAT; the mugs earn
     * 26.97 − 4.31 = 22.66 net. One mug sent back: 9.99 − 1.00 = 8.99, of which 1.44 VAT (a third of 4.31).
     */
    @Test
    void aCheckoutInGermanyWithATenPercentCouponAndExpressShippingHasItsDiscountBeforeVatEverywhere() throws IOException {
        String mug = Checkouts.newSku("MUG");
        checkouts.stock(mug, "BER-1", 3);
        String code = PromotionIT.uniqueCode("TENOFF");
        activeCoupon(code, Map.of("kind", "percentage-off", "percent", 10), 100);
        UUID cartId = shop.createCart();
        shop.addItem(cartId, mug, 3, "9.99").expectStatus().isAccepted();

        http.get().uri("/carts/" + cartId + "/totals?shippingOption=parcelpost:express&coupon=" + code.toLowerCase())
                .attributes(shop.asOwnerOf(cartId)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totals.discounts[0].amount.amount").isEqualTo("3.00")
                .jsonPath("$.totals.lines[0].discounts[0].amount.amount").isEqualTo("3.00")
                .jsonPath("$.totals.lines[0].tax.amount").isEqualTo("4.31")
                .jsonPath("$.totals.taxTotal.amount").isEqualTo("6.27")
                .jsonPath("$.totals.total.amount").isEqualTo("39.27");
        UUID orderId = UUID.fromString(checkOut(cartId, Checkouts.goodCard(), code).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("orderId").asText());

        await().atMost(Checkouts.PATIENCE).until(() -> !events.of(orderId).isEmpty());
        Totals totals = events.first(orderId, OrderPlaced.class).totals();
        assertThat(totals.subtotal()).isEqualTo(eur("29.97"));
        assertThat(totals.discounts()).extracting(discount -> discount.amount()).containsExactly(eur("3.00"));
        assertThat(totals.discounts().get(0).source()).isEqualTo(new CouponCode(code).promotionId().toString());
        assertThat(totals.shipping().fee()).isEqualTo(eur("12.30"));
        assertThat(totals.shipping().tax()).isEqualTo(eur("1.96"));
        assertThat(totals.lines().get(0).tax()).isEqualTo(eur("4.31"));
        assertThat(totals.taxTotal()).isEqualTo(eur("6.27"));
        assertThat(totals.total()).isEqualTo(eur("39.27"));
        assertThat(checkouts.awaitPayment(orderId, "CAPTURED").get("captured").get("amount").asText()).isEqualTo("39.27");
        assertThat(checkouts.awaitOrder(orderId, "DELIVERED").get("total").get("amount").asText()).isEqualTo("39.27");
        // The order's breakdown over HTTP, as placed; an order nobody placed has none.
        http.get().uri("/orders/{id}/totals", orderId).attributes(TestUsers.as("support")).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subtotal.amount").isEqualTo("29.97")
                .jsonPath("$.discounts[0].amount.amount").isEqualTo("3.00")
                .jsonPath("$.shipping.fee.amount").isEqualTo("12.30")
                .jsonPath("$.taxTotal.amount").isEqualTo("6.27")
                .jsonPath("$.total.amount").isEqualTo("39.27");
        http.get().uri("/orders/{id}/totals", UUID.randomUUID()).attributes(TestUsers.as("support")).exchange()
                .expectStatus().isNotFound();
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> assertThat(revenueOf(mug)).isEqualByComparingTo("22.66"));

        try (PublishedEvents published = new PublishedEvents(RealServers.kafka().bootstrapServers())) {
            Published placed = published.awaitFirst(orderId.toString(), "OrderPlaced", Checkouts.PATIENCE);
            assertThat(PublishedEvents.violations(placed)).isEmpty();
            JsonNode value = JSON.readTree(placed.value());
            assertThat(value.at("/total/amount").asText()).isEqualTo("39.27");
            assertThat(value.at("/totals/discounts/0/amount/amount").asText()).isEqualTo("3.00");
            assertThat(value.at("/totals/lines/0/discounts/0/amount/amount").asText()).isEqualTo("3.00");
            assertThat(value.at("/totals/taxTotal/amount").asText()).isEqualTo("6.27");
        }

        checkouts.post("/orders/" + orderId + "/returns", Map.of("lines", List.of(Map.of("sku", mug, "quantity", 1)),
                "reason", "one was chipped")).expectStatus().isAccepted();
        JsonNode refunded = checkouts.awaitPayment(orderId, "PARTIALLY_REFUNDED");
        assertThat(refunded.get("refunded").get("amount").asText()).isEqualTo("8.99");
        OrderReturned returned = events.first(orderId, OrderReturned.class);
        assertThat(returned.tax()).as("a third of the 4.31 of VAT on the discounted line").isEqualTo(eur("1.44"));
    }

    @Test
    void anUnknownCouponIsRefusedOnItsFieldAndNothingIsCheckedOut() {
        String mug = Checkouts.newSku("MUG");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, mug, 1, "9.99").expectStatus().isAccepted();

        checkOut(cartId, Checkouts.goodCard(), PromotionIT.uniqueCode("NOBODY"))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/coupon-not-applicable")
                .jsonPath("$.errors[0].field").isEqualTo("couponCodes")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("unknown code"));
        checkOut(cartId, Checkouts.goodCard(), "x")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(field -> assertThat((String) field).startsWith("couponCodes"));
        assertThat(events.typesOf(cartId)).doesNotContain(CartCheckedOut.class);
    }

    /**
     * 200 shoppers check out at once with a coupon of 10 uses. Those the API already sees as used up are refused
     * (422 on couponCodes); of the checkouts accepted, exactly 10 redeem it and are paid, and the others are
     * rejected with the reason and never charged.
     */
    @Test
    void aCouponLimitedToTenUsesGoesToExactlyTenOfTwoHundredConcurrentCheckouts() throws Exception {
        String mug = Checkouts.newSku("MUG");
        checkouts.stock(mug, "BER-1", CHECKOUTS);
        String code = PromotionIT.uniqueCode("TEN");
        UUID couponId = activeCoupon(code, PromotionIT.amountOff("1.00"), USES);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        // Sixteen checkouts at a time on two shared cores: one may wait longer than a single request's patience.
        Shop burst = new Shop(http.mutate().responseTimeout(Duration.ofMinutes(2)).build());
        try {
            List<Future<UUID>> opened = new ArrayList<>();
            for (int i = 0; i < CHECKOUTS; i++) {
                opened.add(threads.submit(() -> {
                    UUID cartId = shop.createCart();
                    shop.addItem(cartId, mug, 1, "9.99").expectStatus().isAccepted();
                    return cartId;
                }));
            }
            List<UUID> carts = new ArrayList<>();
            for (Future<UUID> cart : opened) {
                carts.add(cart.get());
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<EntityExchangeResult<JsonNode>>> answers = new ArrayList<>();
            for (UUID cartId : carts) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return checkOut(burst, cartId, Checkouts.goodCard(), code).expectBody(JsonNode.class).returnResult();
                }));
            }
            start.countDown();
            List<UUID> accepted = new ArrayList<>();
            for (Future<EntityExchangeResult<JsonNode>> answer : answers) {
                EntityExchangeResult<JsonNode> result = answer.get();
                if (result.getStatus().value() == 202) {
                    accepted.add(UUID.fromString(result.getResponseBody().get("orderId").asText()));
                } else {
                    assertThat(result.getStatus().value()).as("%s", result.getResponseBody()).isEqualTo(422);
                    assertThat(result.getResponseBody().at("/errors/0/field").asText()).isEqualTo("couponCodes");
                }
            }

            assertThat(accepted).hasSizeGreaterThanOrEqualTo(USES);
            await().atMost(Checkouts.PATIENCE.multipliedBy(3)).until(() -> accepted.stream()
                    .allMatch(orderId -> !"PLACED".equals(checkouts.statusOf(orderId))));
            List<UUID> paid = new ArrayList<>();
            for (UUID orderId : accepted) {
                JsonNode order = checkouts.order(orderId);
                if ("REJECTED".equals(order.get("status").asText())) {
                    assertThat(order.toString()).contains("refused this order", "is used up");
                    assertThat(checkouts.payments(orderId)).as("no charge for order %s", orderId).isEmpty();
                } else {
                    Totals totals = events.first(orderId, OrderPlaced.class).totals();
                    assertThat(totals.discounts()).extracting(discount -> discount.amount()).containsExactly(eur("1.00"));
                    paid.add(orderId);
                }
            }
            log.info("{} checkouts with a coupon of {} uses: {} refused at once (422), {} accepted, of which {} paid and {}"
                    + " rejected", CHECKOUTS, USES, CHECKOUTS - accepted.size(), accepted.size(), paid.size(),
                    accepted.size() - paid.size());
            assertThat(paid).hasSize(USES);
            assertThat(uses(couponId)).isEqualTo(USES);
            for (UUID orderId : paid) {
                assertThat(checkouts.awaitPayment(orderId, "CAPTURED").get("captured").get("amount").asText())
                        .isEqualTo(checkouts.order(orderId).get("total").get("amount").asText());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private UUID activeCoupon(String code, Map<String, Object> offer, int totalUses) {
        UUID couponId = UUID.fromString(http.post().uri("/promotions").attributes(TestUsers.as("merchandiser"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PromotionIT.coupon(code, "coupon " + code, offer, totalUses))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("promotionId").toString());
        String position = Shop.positionOf(http.post().uri("/promotions/" + couponId + "/activate")
                .attributes(TestUsers.as("merchandiser")).exchange());
        shop.read("/promotions/" + couponId, position).expectStatus().isOk();
        return couponId;
    }

    private WebTestClient.ResponseSpec checkOut(UUID cartId, String cardToken, String code) {
        return checkOut(shop, cartId, cardToken, code);
    }

    private static WebTestClient.ResponseSpec checkOut(Shop shop, UUID cartId, String cardToken, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shippingAddress", Map.of("recipient", "Shopper " + cartId, "line1", "Street " + cartId,
                "postalCode", "10115", "city", "Berlin", "country", "DE"));
        body.put("shippingOption", "parcelpost:express");
        body.put("paymentMethod", Map.of("type", "card", "token", cardToken));
        body.put("couponCodes", List.of(code));
        return shop.post("/carts/" + cartId + "/checkout", body);
    }

    /** The uses the coupon's own events count: redeemed less released. */
    private int uses(UUID couponId) {
        return jdbc.queryForObject("SELECT count(*) FILTER (WHERE payload_type LIKE '%.PromotionRedeemed')"
                        + " - count(*) FILTER (WHERE payload_type LIKE '%.PromotionRedemptionReleased')"
                        + " FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, couponId.toString());
    }

    /** The SKU's net revenue today in the analytics (ClickHouse). */
    private BigDecimal revenueOf(String sku) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode report = http.get().uri("/analytics/sales?from={from}&to={to}&by=sku", today, today.plusDays(1))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        BigDecimal revenue = BigDecimal.ZERO;
        for (JsonNode bucket : report.get("buckets")) {
            if (bucket.get("key").asText().equals(sku)) {
                revenue = revenue.add(new BigDecimal(bucket.get("revenue").asText()));
            }
        }
        return revenue;
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
