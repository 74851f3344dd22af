package io.ultramarket.commerce.promotion;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Promotions managed over HTTP by the merchandiser, read back from their read model, and a basket weighed against them. */
@ApiIntegrationTest
class PromotionIT {

    @Autowired
    WebTestClient http;
    Shop shop;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
    }

    @Test
    void aMerchandiserCreatesChangesAndActivatesACouponAndReadsItBackWithItsUsesLeft() {
        String code = uniqueCode("WELCOME");
        var created = send("merchandiser", "POST", "/promotions", coupon(code, "5 EUR welcome", amountOff("5.00"), 10))
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        UUID promotionId = UUID.fromString(created.getResponseBody().get("promotionId").toString());
        assertThat(promotionId).isEqualTo(CouponCode.of(code).promotionId());
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/promotions/" + promotionId);

        Map<String, Object> changed = coupon(null, "5 EUR welcome, from 20 EUR", amountOff("5.00"), 20);
        changed.put("minimumSubtotal", Map.of("amount", "20.00", "currency", "EUR"));
        send("merchandiser", "PUT", "/promotions/" + promotionId, changed).expectStatus().isAccepted();
        String position = Shop.positionOf(http.post().uri("/promotions/" + promotionId + "/activate")
                .attributes(TestUsers.as("merchandiser")).exchange());

        shop.read("/promotions/" + promotionId, position)
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.couponCode").isEqualTo(code)
                .jsonPath("$.terms.name").isEqualTo("5 EUR welcome, from 20 EUR")
                .jsonPath("$.terms.offer.kind").isEqualTo("amount-off")
                .jsonPath("$.terms.offer.amount.amount").isEqualTo("5.00")
                .jsonPath("$.terms.minimumSubtotal.amount").isEqualTo("20.00")
                .jsonPath("$.terms.validity.until").isEqualTo("2999-01-01T00:00:00Z")
                .jsonPath("$.active").isEqualTo(true)
                .jsonPath("$.uses").isEqualTo(0)
                .jsonPath("$.usesLeft").isEqualTo(20)
                .jsonPath("$.version").isEqualTo(2);
        shop.read("/promotions?limit=200", position).expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.promotionId == '" + promotionId + "')]").exists();
    }

    @Test
    void aSecondPromotionWithTheSameCodeIsAConflict() {
        String code = uniqueCode("TWICE");
        send("merchandiser", "POST", "/promotions", coupon(code, "first", amountOff("1.00"), 1)).expectStatus().isCreated();

        expectProblem(send("admin", "POST", "/promotions", coupon(code.toLowerCase(), "second", amountOff("2.00"), 1)),
                409, "/problems/already-exists");
    }

    @Test
    void customersAndAnonymousCallersCannotManagePromotions() {
        var body = coupon(uniqueCode("NOPE"), "not theirs", amountOff("1.00"), 1);
        expectProblem(http.post().uri("/promotions").attributes(TestUsers.asCustomer(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 403, "/problems/forbidden");
        expectProblem(http.get().uri("/promotions").attributes(TestUsers.asCustomer(UUID.randomUUID())).exchange(),
                403, "/problems/forbidden");
        http.post().uri("/promotions").attributes(TestUsers.anonymous()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamed() {
        Map<String, Object> tooMuch = coupon(null, "too much", Map.of("kind", "percentage-off", "percent", 150), null);
        expectProblem(send("merchandiser", "POST", "/promotions", tooMuch), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("offer")
                .jsonPath("$.errors[0].message").value(message -> assertThat(message.toString()).contains("at most 100"));
        expectProblem(send("merchandiser", "POST", "/promotions", coupon(null, "odd", Map.of("kind", "half-off"), null)),
                400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("offer");
        expectProblem(send("merchandiser", "POST", "/promotions", coupon("a b", "bad code", amountOff("1.00"), null)),
                400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("couponCode");
        Map<String, Object> backwards = coupon(null, "backwards", amountOff("1.00"), null);
        backwards.put("validity", Map.of("from", "2027-01-02T00:00:00Z", "until", "2027-01-01T00:00:00Z"));
        expectProblem(send("merchandiser", "POST", "/promotions", backwards), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("validity");
        Map<String, Object> mixed = coupon(null, "mixed", amountOff("1.00"), null);
        mixed.put("minimumSubtotal", Map.of("amount", "20.00", "currency", "USD"));
        expectProblem(send("merchandiser", "POST", "/promotions", mixed), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("minimumSubtotal");
        expectProblem(send("merchandiser", "POST", "/promotions", coupon(null, " ", amountOff("1.00"), null)),
                400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("name");
        expectProblem(http.get().uri("/promotions?limit=0").attributes(TestUsers.as("merchandiser")).exchange(),
                400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("limit");
        expectProblem(http.post().uri("/promotions/" + UUID.randomUUID() + "/activate")
                .attributes(TestUsers.as("merchandiser")).exchange(), 404, "/problems/not-found");
    }

    @Test
    void aCustomerWeighsABasketAgainstACouponAndTheAutomaticPromotions() {
        String code = uniqueCode("TENOFF");
        Map<String, Object> tenPercent = coupon(code, "10% off mugs", Map.of("kind", "percentage-off", "percent", 10,
                "items", Map.of("categories", List.of("kitchen/mugs"))), 10);
        UUID couponId = create(tenPercent);
        String position = Shop.positionOf(http.post().uri("/promotions/" + couponId + "/activate")
                .attributes(TestUsers.as("merchandiser")).exchange());
        shop.read("/promotions/" + couponId, position).expectStatus().isOk();

        Map<String, Object> basket = Map.of(
                "lines", List.of(line("MUG-PROMO-1", "kitchen/mugs", 3, "9.99"), line("TEA-PROMO-1", "kitchen/tea", 1, "5.00")),
                "shippingFee", Map.of("amount", "4.90", "currency", "EUR"),
                "couponCodes", List.of(code.toLowerCase(), uniqueCode("NOBODY")));

        http.post().uri("/promotions/evaluations").attributes(TestUsers.asCustomer(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(basket).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subtotal.amount").isEqualTo("34.97")
                .jsonPath("$.discounts[?(@.promotionId == '" + couponId + "')].amount.amount").isEqualTo(List.of("3.00"))
                .jsonPath("$.discounts[?(@.promotionId == '" + couponId + "')].lines[0].sku").isEqualTo(List.of("MUG-PROMO-1"))
                .jsonPath("$.discounts[?(@.promotionId == '" + couponId + "')].couponCode").isEqualTo(List.of(code))
                .jsonPath("$.declined[?(@.reason == 'UNKNOWN_CODE')]").exists();
    }

    @Test
    void aBasketThatMeansNothingIsRefusedWithTheFieldsNamed() {
        var customer = TestUsers.asCustomer(UUID.randomUUID());
        expectProblem(http.post().uri("/promotions/evaluations").attributes(customer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("lines", List.of())).exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("lines");
        Map<String, Object> twoCurrencies = Map.of("lines", List.of(line("A-1", null, 1, "1.00"),
                Map.of("sku", "B-1", "quantity", 1, "unitPrice", Map.of("amount", "1.00", "currency", "USD"))));
        expectProblem(http.post().uri("/promotions/evaluations").attributes(customer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(twoCurrencies).exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("lines");
    }

    private UUID create(Map<String, Object> body) {
        return UUID.fromString(send("merchandiser", "POST", "/promotions", body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("promotionId").toString());
    }

    private WebTestClient.ResponseSpec send(String user, String method, String path, Object body) {
        return http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path).attributes(TestUsers.as(user))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    static Map<String, Object> coupon(String code, String name, Map<String, Object> offer, Integer totalUses) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (code != null) {
            body.put("couponCode", code);
        }
        body.put("name", name);
        body.put("offer", offer);
        body.put("validity", Map.of("until", "2999-01-01T00:00:00Z"));
        if (totalUses != null) {
            body.put("limits", Map.of("total", totalUses));
        }
        return body;
    }

    static Map<String, Object> amountOff(String eur) {
        return Map.of("kind", "amount-off", "amount", Map.of("amount", eur, "currency", "EUR"));
    }

    private static Map<String, Object> line(String sku, String category, int quantity, String eur) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("sku", sku);
        if (category != null) {
            line.put("category", category);
        }
        line.put("quantity", quantity);
        line.put("unitPrice", Map.of("amount", eur, "currency", "EUR"));
        return line;
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
