package io.ultramarket.commerce.productreview;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.projections.productreview.ProductReviewsSchema;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Product reviews over HTTP against the real servers (ADR 0068): customers whose orders were delivered review,
 * staff moderate, the products read model and the Elasticsearch search show the approved reviews' ratings.
 */
@ApiIntegrationTest
class ProductReviewsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime runtime;
    Reviewers reviewers;
    Catalog catalog;
    Checkouts checkouts;
    /** Names this test's products, SKUs and category apart from every other test's. */
    String root;

    @BeforeEach
    void setUp() {
        reviewers = new Reviewers(http);
        catalog = new Catalog(http);
        checkouts = new Checkouts(http);
        root = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void deliveredCustomersReviewStaffModerateAndProductsAndSearchShowTheAverage() {
        UUID kettle = kitchenProduct("Kettle", "Boils", "-K");
        UUID teapot = kitchenProduct("Teapot", "Brews", "-T");
        UUID toaster = kitchenProduct("Toaster", "Toasts", "-S");
        kitchenProduct("Unrated", "Nobody bought it", "-U");
        List.of("-K", "-T", "-S").forEach(sku -> checkouts.stock(root + sku, "BER-1", 5));
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        UUID linus = UUID.randomUUID();
        UUID adasOrder = deliveredOrder(ada, "-K", "-T", "-S");
        UUID gracesOrder = deliveredOrder(grace, "-K", "-T", "-S");
        checkouts.awaitOrder(adasOrder, "DELIVERED");
        checkouts.awaitOrder(gracesOrder, "DELIVERED");

        // A customer without a delivered order of the product cannot review it.
        expectProblem(reviewers.review(linus, kettle, 5, "Never had one"), 422, "/problems/no-delivered-order-of-product");

        UUID adasKettle = reviewers.awaitReviewed(ada, kettle, 5, "Boils fast");
        UUID adasTeapot = reviewers.awaitReviewed(ada, teapot, 3, "Drips a little");
        UUID adasToaster = reviewers.awaitReviewed(ada, toaster, 1, "<script>alert('burnt')</script>");
        UUID gracesKettle = reviewers.awaitReviewed(grace, kettle, 4, "Loud but quick");
        UUID gracesTeapot = reviewers.awaitReviewed(grace, teapot, 2, "Lid wobbles");
        UUID gracesToaster = reviewers.awaitReviewed(grace, toaster, 5, "Buy it at the shop next door");
        expectProblem(reviewers.review(ada, kettle, 1, "Changed my mind"), 409, "/problems/product-already-reviewed");

        // Only staff moderate; the queue shows what waits.
        http.post().uri("/product-reviews/" + adasKettle + "/approve").attributes(TestUsers.asCustomer(ada)).exchange()
                .expectStatus().isForbidden();
        // The queue is a read model: the last review submitted shows there a moment later.
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> {
            JsonNode queue = http.get().uri("/product-reviews?status=PENDING&size=100").attributes(TestUsers.as("support"))
                    .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            List<String> pending = new ArrayList<>();
            queue.get("reviews").forEach(review -> pending.add(review.get("reviewId").asText()));
            assertThat(queue.get("status").asText()).isEqualTo("PENDING");
            assertThat(pending).contains(adasKettle.toString(), gracesToaster.toString());
        });
        for (UUID review : List.of(adasKettle, adasTeapot, adasToaster, gracesKettle, gracesTeapot)) {
            reviewers.moderate(review, "approve", null).expectStatus().isAccepted();
        }
        expectProblem(reviewers.moderate(gracesToaster, "reject", Map.of("reason", " ")), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("reason");
        reviewers.moderate(gracesToaster, "reject", Map.of("reason", "names a competitor")).expectStatus().isAccepted();
        expectProblem(reviewers.moderate(gracesToaster, "approve", null), 409, "/problems/product-review-not-pending");
        expectProblem(reviewers.moderate(UUID.randomUUID(), "approve", null), 404, "/problems/not-found");

        // The products read model averages the approved reviews only.
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> {
            assertThat(ratingOf(kettle)).isEqualTo(List.of(4.5, 2.0));
            assertThat(ratingOf(teapot)).isEqualTo(List.of(2.5, 2.0));
            assertThat(ratingOf(toaster)).isEqualTo(List.of(1.0, 1.0));
        });
        JsonNode kettleReviews = http.get().uri("/products/" + kettle + "/reviews").attributes(TestUsers.anonymous())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(kettleReviews.get("reviews")).hasSize(2);
        assertThat(kettleReviews.get("reviews").get(0).has("customerId")).as("who wrote it stays the shop's").isFalse();
        JsonNode toasterReviews = http.get().uri("/products/" + toaster + "/reviews").attributes(TestUsers.anonymous())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(toasterReviews.get("reviews")).singleElement()
                .satisfies(review -> assertThat(review.get("title").asText()).as("plain text, kept as written")
                        .isEqualTo("<script>alert('burnt')</script>"));
        JsonNode rejected = http.get().uri("/product-reviews?status=rejected&size=100").attributes(TestUsers.as("merchandiser"))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> rejectedIds = new ArrayList<>();
        rejected.get("reviews").forEach(review -> rejectedIds.add(review.get("reviewId").asText()));
        assertThat(rejectedIds).contains(gracesToaster.toString());

        // Search sorts by rating (unrated last) and filters by a minimum rating. The kettle's first approval alone
        // already sorts it first, so the wait is for its second one too.
        String in = "category=" + root;
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> {
            JsonNode hits = search(in + "&minRating=4").get("hits");
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).get("rating").asDouble()).isEqualTo(4.5);
            assertThat(hits.get(0).get("reviewCount").asInt()).isEqualTo(2);
        });
        assertThat(names(search(in + "&sort=rating"))).containsExactly("Kettle " + root, "Teapot " + root,
                "Toaster " + root, "Unrated " + root);
        assertThat(names(search(in + "&sort=rating&minRating=2"))).containsExactly("Kettle " + root, "Teapot " + root);
    }

    /**
     * An approval is two statements in the read model (the review's status, then the product's rating). When the
     * second fails, the first must not stay: the event is parked whole, and applies whole once retried (ADR 0084).
     */
    @Test
    void anApprovalWhoseRatingCannotBeWrittenIsParkedWholeAndAppliedWholeWhenRetried() {
        UUID kettle = kitchenProduct("Kettle", "Boils", "-K");
        checkouts.stock(root + "-K", "BER-1", 5);
        UUID ada = UUID.randomUUID();
        checkouts.awaitOrder(deliveredOrder(ada, "-K"), "DELIVERED");
        UUID review = reviewers.awaitReviewed(ada, kettle, 4, "Boils fast");
        await().atMost(Checkouts.PATIENCE).until(() -> "PENDING".equals(statusOf(review)));
        String ratings = runtime.active(ProductReviewsSchema.PROJECTION).table(ProductReviewsSchema.RATINGS);
        jdbc.execute("ALTER TABLE " + ratings + " ADD CONSTRAINT refuses_" + root + " CHECK ("
                + ProductReviewsSchema.PRODUCT_ID + " <> '" + kettle + "')");
        String letter;
        try {
            reviewers.moderate(review, "approve", null).expectStatus().isAccepted();
            letter = await().atMost(Checkouts.PATIENCE).until(() -> deadLetterOf(review), Objects::nonNull);
            assertThat(statusOf(review)).as("the status written before the rating failed is rolled back").isEqualTo("PENDING");
            assertThat(http.get().uri("/products/" + kettle).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                    .returnResult().getResponseBody().get("rating").get("reviewCount").asInt()).isZero();
        } finally {
            jdbc.execute("ALTER TABLE " + ratings + " DROP CONSTRAINT refuses_" + root);
        }
        http.post().uri("/admin/dead-letters/" + letter + "/retry").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.applied").isEqualTo(true);
        assertThat(statusOf(review)).isEqualTo("APPROVED");
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> assertThat(ratingOf(kettle)).isEqualTo(List.of(4.0, 1.0)));
    }

    @Test
    void badReviewsAndBadParametersAreProblemsNamingTheField() {
        UUID customer = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        expectProblem(reviewers.review(customer, product, 0, "Zero stars"), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("rating");
        expectProblem(reviewers.review(customer, product, 6, "Six stars"), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("rating");
        expectProblem(reviewers.review(customer, product, 3, " "), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("title");
        expectProblem(reviewers.review(customer, product, 3, "x".repeat(121)), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("title");
        expectProblem(http.post().uri("/products/" + product + "/reviews").attributes(TestUsers.asCustomer(customer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("rating", 3, "title", "Long", "body", "x".repeat(4001))).exchange(),
                400, "/problems/invalid-request").jsonPath("$.errors[0].field").isEqualTo("body");
        expectProblem(reviewers.review(product, 3, "Staff cannot", TestUsers.as("support")), 403, "/problems/forbidden");
        expectProblem(http.get().uri("/product-reviews?status=LOST").attributes(TestUsers.as("support")).exchange(),
                400, "/problems/invalid-request").jsonPath("$.errors[0].field").isEqualTo("status");
        expectProblem(http.get().uri("/product-reviews?size=101").attributes(TestUsers.as("support")).exchange(),
                400, "/problems/invalid-request");
        expectProblem(http.get().uri("/products/" + product + "/reviews?page=-1").exchange(), 400, "/problems/invalid-request");
        expectProblem(http.get().uri("/search?minRating=6").exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("minRating");
        expectProblem(http.get().uri("/search?sort=stars").exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    /** A published product of this test's kitchen category, one variant of SKU root + suffix at 20.00. */
    private UUID kitchenProduct(String name, String description, String suffix) {
        return catalog.createPublished(product(name + " " + root, description, root + "/kitchen",
                variant(root + suffix, "20.00", Map.of())));
    }

    /** The customer checks out one of each SKU (root + suffix) and the order goes on to delivery. */
    private UUID deliveredOrder(UUID customer, String... suffixes) {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart(customer);
        for (String suffix : suffixes) {
            shop.post("/carts/" + cartId + "/items", Shop.item(root + suffix, 1)).expectStatus().isAccepted();
        }
        return checkouts.checkOutCart(cartId, Checkouts.goodCard(), "parcelpost:standard", "DE");
    }

    /** The review's status in the read model's table. */
    private String statusOf(UUID review) {
        return jdbc.queryForList("SELECT " + ProductReviewsSchema.STATUS + " FROM " + ProductReviewsSchema.REVIEWS
                + " WHERE " + ProductReviewsSchema.REVIEW_ID + " = ?", String.class, review).stream().findFirst().orElse(null);
    }

    /** The id of the dead letter parked for the review's events, if there is one. */
    @SuppressWarnings("unchecked")
    private String deadLetterOf(UUID review) {
        List<Map<String, Object>> letters = http.get().uri("/admin/dead-letters").exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        return letters.stream().filter(letter -> review.toString().equals(letter.get("sequence")))
                .map(letter -> letter.get("id").toString()).findFirst().orElse(null);
    }

    /** [average, count] as GET /products/{id} shows them. */
    private List<Double> ratingOf(UUID product) {
        JsonNode rating = http.get().uri("/products/" + product).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("rating");
        return List.of(rating.get("average").asDouble(), rating.get("reviewCount").asDouble());
    }

    private JsonNode search(String query) {
        return http.get().uri("/search?" + query).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("hits").forEach(hit -> names.add(hit.get("name").asText()));
        return names;
    }
}
