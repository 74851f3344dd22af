package io.ultramarket.commerce.readmodels;

import io.ultramarket.commerce.projections.cart.CartViewSchema;
import io.ultramarket.commerce.projections.order.OrderViewSchema;
import io.ultramarket.commerce.projections.payment.PaymentViewSchema;
import io.ultramarket.commerce.productreview.Reviewers;
import io.ultramarket.commerce.projections.productreview.ProductReviewsSchema;
import io.ultramarket.commerce.projections.stock.StockLevelsSchema;
import io.ultramarket.commerce.projections.stockalert.LowStockSchema;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PostgreSQL read model is what its events make: after a varied workload over HTTP (stock registered,
 * received and adjusted; a customer's address book; products created, repriced and unpublished; carts
 * changed and abandoned; checkouts through the saga that end delivered, cancelled by the customer, cancelled
 * at the payment deadline, refunded in part and returned; a delivered order's products reviewed, one review approved
 * and one rejected), each read model equals its rebuild from event 0.
 * The store holds the other tests' events too, which only widens the check.
 */
@ApiIntegrationTest
class RebuildFromEventZeroIT {

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyReadModelEqualsItsRebuildFromEventZero() {
        Checkouts shop = new Checkouts(http);
        Shop carts = new Shop(http);
        String mug = Checkouts.newSku("MUG");
        String lamp = Checkouts.newSku("LAMP");
        shop.stock(mug, "BER-1", 20);
        shop.stock(lamp, "HAM-1", 5);
        shop.post("/stock/" + mug + "/receipts", Map.of("warehouse", "BER-1", "quantity", 4, "receiptReference", "r-1"))
                .expectStatus().isAccepted();
        shop.post("/stock/" + lamp + "/adjustments", Map.of("warehouse", "HAM-1", "delta", -1, "reason", "broken"))
                .expectStatus().isAccepted();
        // Low-stock alerts (ADR 0059): the lamp runs low once the first order holds one of its four.
        http.put().uri("/stock/" + lamp + "/low-stock-threshold").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("warehouse", "HAM-1", "threshold", 3)).exchange().expectStatus().isAccepted();

        UUID reviewer = UUID.randomUUID();
        UUID delivered = shop.checkOut(reviewer, Map.of(mug, 2, lamp, 1), "12.00", Checkouts.goodCard(),
                "parcelpost:standard", "DE");
        UUID refunded = shop.checkOut(Map.of(mug, 1), "12.00", Checkouts.goodCard(), "swiftship:economy");
        UUID returned = shop.checkOut(Map.of(mug, 3), "12.00", Checkouts.goodCard(), "swiftship:economy");
        UUID cancelled = shop.checkOut(Map.of(mug, 1), "12.00", Checkouts.unresponsiveCard(), "swiftship:economy");
        UUID timedOut = shop.checkOut(Map.of(lamp, 1), "30.00", Checkouts.unresponsiveCard(), "swiftship:economy");
        shop.awaitPayment(cancelled, "REQUESTED");
        shop.post("/orders/" + cancelled + "/cancel", Map.of("reason", "changed my mind")).expectStatus().isAccepted();

        UUID abandoned = carts.createCart();
        carts.addItem(abandoned, mug, 3, "12.00").expectStatus().isAccepted();
        carts.addItem(abandoned, lamp, 1, "30.00").expectStatus().isAccepted();
        http.patch().uri("/carts/" + abandoned + "/items/" + mug).attributes(carts.asOwnerOf(abandoned))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("quantity", 1)).exchange().expectStatus().isAccepted();
        http.delete().uri("/carts/" + abandoned + "/items/" + lamp).attributes(carts.asOwnerOf(abandoned))
                .exchange().expectStatus().isAccepted();
        UUID customer = UUID.randomUUID();
        http.post().uri("/customers/me/addresses").attributes(TestUsers.asCustomer(customer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("recipient", "Grace Hopper",
                        "line1", "Main Street 1", "postalCode", "10115", "city", "Berlin", "country", "DE"))
                .exchange().expectStatus().isCreated();
        carts.sell(mug, "13.50");
        UUID unpublished = carts.productOf(lamp);
        http.post().uri("/products/" + unpublished + "/unpublish").exchange().expectStatus().is2xxSuccessful();

        // Promotions (ADR 0066): a coupon set up, changed and activated.
        String coupon = "REBUILD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> terms = Map.of("name", "5 EUR off", "limits", Map.of("total", 10),
                "offer", Map.of("kind", "amount-off", "amount", Map.of("amount", "5.00", "currency", "EUR")));
        Map<String, Object> created = new LinkedHashMap<>(terms);
        created.put("couponCode", coupon);
        String promotion = shop.post("/promotions", created).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("promotionId").toString();
        http.put().uri("/promotions/" + promotion).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "4 EUR off", "limits", Map.of("total", 20), "offer", Map.of("kind", "amount-off",
                        "amount", Map.of("amount", "4.00", "currency", "EUR")))).exchange().expectStatus().isAccepted();
        http.post().uri("/promotions/" + promotion + "/activate").exchange().expectStatus().isAccepted();

        shop.awaitOrder(refunded, "DELIVERED");
        shop.post("/payments/" + CheckoutIds.paymentOf(refunded) + "/refunds",
                Map.of("amount", Map.of("amount", "5.00", "currency", "EUR"), "reason", "late")).expectStatus().isAccepted();
        shop.awaitOrder(returned, "DELIVERED");
        shop.post("/orders/" + returned + "/returns", Map.of("lines", List.of(Map.of("sku", mug, "quantity", 1)),
                "reason", "chipped")).expectStatus().isAccepted();
        shop.awaitOrder(delivered, "DELIVERED");
        // Product reviews (ADR 0068): the delivered order's customer rates both products; one approved, one rejected.
        Reviewers reviewers = new Reviewers(http);
        UUID mugReview = reviewers.awaitReviewed(reviewer, carts.productOf(mug), 4, "Holds tea");
        UUID lampReview = reviewers.awaitReviewed(reviewer, unpublished, 1, "Flickers");
        reviewers.moderate(mugReview, "approve", null).expectStatus().isAccepted();
        reviewers.moderate(lampReview, "reject", Map.of("reason", "about the bulb, not the lamp")).expectStatus().isAccepted();
        shop.awaitOrder(cancelled, "CANCELLED");
        shop.awaitOrder(timedOut, "CANCELLED");
        shop.awaitPayment(refunded, "PARTIALLY_REFUNDED");
        shop.awaitPayment(returned, "PARTIALLY_REFUNDED");

        RebuildFromEventZero.Comparison comparison = new RebuildFromEventZero(http, jdbc).run();

        assertThat(comparison.headAfter()).as("the store's head before and after the rebuild").isEqualTo(comparison.head());
        assertThat(comparison.projections()).as("projections rebuilt").isGreaterThanOrEqualTo(6);
        assertThat(comparison.live().keySet()).contains(StockLevelsSchema.TABLE, LowStockSchema.TABLE, CartViewSchema.TABLE,
                OrderViewSchema.ORDERS, PaymentViewSchema.TABLE, ProductReviewsSchema.REVIEWS, ProductReviewsSchema.RATINGS);
        assertThat(comparison.live()).allSatisfy((view, checksum) -> assertThat(checksum.rows()).as(view).isPositive());
        assertThat(comparison.rebuilt()).as("rebuilt read models, differing: %s", comparison.differing())
                .isEqualTo(comparison.live());
    }
}
