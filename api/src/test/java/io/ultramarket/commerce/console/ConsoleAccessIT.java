package io.ultramarket.commerce.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.productreview.Reviewers;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import io.ultramarket.commerce.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static io.ultramarket.commerce.security.Role.ADMIN;
import static io.ultramarket.commerce.security.Role.ANALYST;
import static io.ultramarket.commerce.security.Role.AUDITOR;
import static io.ultramarket.commerce.security.Role.MERCHANDISER;
import static io.ultramarket.commerce.security.Role.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who gets into the console (ADR 0062), with sessions as a browser holds them: every console route, read from
 * the app's handler mappings, has a row saying which staff roles it opens to, and is tried signed in as each;
 * the sign-in refuses customers and wrong passwords; a page without a session sends to the sign-in; an action
 * without the session's CSRF token is refused; a bearer token does not open the console, nor a session the API.
 */
@ApiIntegrationTest
class ConsoleAccessIT {

    /** Every console route but the sign-in page, with the staff roles it opens to. */
    static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
            Map.entry("GET /console", EnumSet.of(SUPPORT, MERCHANDISER, ANALYST, AUDITOR, ADMIN)),
            Map.entry("GET /console/", EnumSet.of(SUPPORT, MERCHANDISER, ANALYST, AUDITOR, ADMIN)),
            Map.entry("GET /console/orders", EnumSet.of(SUPPORT, ADMIN)),
            Map.entry("GET /console/orders/stream", EnumSet.of(SUPPORT, ADMIN)),
            Map.entry("GET /console/orders/{orderId}", EnumSet.of(SUPPORT, ADMIN)),
            Map.entry("POST /console/orders/{orderId}/review", EnumSet.of(SUPPORT, ADMIN)),
            Map.entry("GET /console/reviews", EnumSet.of(SUPPORT, ADMIN)),
            Map.entry("GET /console/projections", EnumSet.of(ADMIN)),
            Map.entry("POST /console/projections/{name}/replay", EnumSet.of(ADMIN)),
            Map.entry("GET /console/projections/{name}/progress", EnumSet.of(ADMIN)),
            Map.entry("GET /console/dead-letters", EnumSet.of(ADMIN)),
            Map.entry("POST /console/dead-letters/{id}/retry", EnumSet.of(ADMIN)),
            Map.entry("GET /console/stock", EnumSet.of(MERCHANDISER, ADMIN)),
            Map.entry("POST /console/stock/{sku}/receipts", EnumSet.of(MERCHANDISER, ADMIN)),
            Map.entry("POST /console/stock/{sku}/adjustments", EnumSet.of(MERCHANDISER, ADMIN)),
            Map.entry("GET /console/products", EnumSet.of(MERCHANDISER, ADMIN)),
            Map.entry("POST /console/products/{productId}/prices", EnumSet.of(MERCHANDISER, ADMIN)),
            Map.entry("GET /console/product-reviews", EnumSet.of(SUPPORT, MERCHANDISER, ADMIN)),
            Map.entry("POST /console/product-reviews/{reviewId}/approve", EnumSet.of(SUPPORT, MERCHANDISER, ADMIN)),
            Map.entry("POST /console/product-reviews/{reviewId}/reject", EnumSet.of(SUPPORT, MERCHANDISER, ADMIN)),
            Map.entry("GET /console/audit", EnumSet.of(AUDITOR, ADMIN)));

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DevelopmentIssuer issuer;
    @Autowired
    WebTestClient http;

    @Test
    void everyConsoleRouteHasARowAndEachStaffRoleGetsWhatItsRowSays() {
        TreeSet<String> routes = consoleRoutes();
        routes.remove("GET /console/login");
        assertThat(routes).as("console routes, each needing a row in EXPECTED").isEqualTo(new TreeSet<>(EXPECTED.keySet()));
        List<String> violations = new ArrayList<>();
        for (Role role : Role.staff()) {
            ConsoleSession session = signedIn(role.claimValue());
            for (String route : routes) {
                String[] methodAndPattern = route.split(" ", 2);
                int status = session.statusOf(methodAndPattern[0], filled(methodAndPattern[1]));
                boolean allowed = EXPECTED.get(route).contains(role);
                // Past security a page may still answer 400 or 404 (the matrix's made-up ids), never 500.
                boolean ok = allowed ? status != 401 && status != 403 && status != 302 && status < 500 : status == 403;
                if (!ok) {
                    violations.add(route + " as " + role + ": expected " + (allowed ? "allowed" : "403") + ", got " + status);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aMerchandiserBooksAReceiptThroughTheConsoleUnderTheApisRules() {
        String sku = Checkouts.newSku("CONSOLE-STOCK");
        new Checkouts(http).stock(sku, "BER-1", 3);
        ConsoleSession session = signedIn("merchandiser");

        HttpResponse<String> booked = session.post("/console/stock/" + sku + "/receipts",
                Map.of("warehouse", "BER-1", "quantity", "4", "reference", "PO-CONSOLE-1"));
        assertThat(booked.statusCode()).isEqualTo(303);
        assertThat(booked.headers().firstValue("Location")).hasValue("/console/stock?booked&sku=" + sku);
        // The page it leads to waited for the read model: the receipt is there.
        assertThat(session.get("/console/stock?sku=" + sku).body()).contains("class=\"on-hand\">7<");

        // The API's own constraints: a quantity of 0 is refused as the API refuses it, and nothing is booked.
        HttpResponse<String> refused = session.post("/console/stock/" + sku + "/receipts",
                Map.of("warehouse", "BER-1", "quantity", "0", "reference", "PO-CONSOLE-2"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(session.get("/console/stock?sku=" + sku).body()).contains("class=\"on-hand\">7<");
    }

    @Test
    void aMerchandiserModeratesProductReviewsThroughTheConsoleUnderTheApisRules() {
        String root = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Checkouts checkouts = new Checkouts(http);
        UUID mug = new Catalog(http).createPublished(product("Mug " + root, "Holds tea", root + "/kitchen",
                variant(root + "-M", "9.90", Map.of())));
        checkouts.stock(root + "-M", "BER-1", 5);
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        for (UUID customer : List.of(ada, grace)) {
            Shop shop = new Shop(http);
            UUID cartId = shop.createCart(customer);
            shop.post("/carts/" + cartId + "/items", Shop.item(root + "-M", 1)).expectStatus().isAccepted();
            checkouts.awaitOrder(checkouts.checkOutCart(cartId, Checkouts.goodCard(), "parcelpost:standard", "DE"), "DELIVERED");
        }
        Reviewers reviewers = new Reviewers(http);
        UUID adas = reviewers.awaitReviewed(ada, mug, 5, "Holds tea " + root);
        UUID graces = reviewers.awaitReviewed(grace, mug, 1, "Buy it elsewhere " + root);
        ConsoleSession session = signedIn("merchandiser");
        // The queue is a read model: the reviews show there a moment later.
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> assertThat(session.get("/console/product-reviews").body())
                .contains("data-review-id=\"" + adas + "\"", "data-review-id=\"" + graces + "\""));

        HttpResponse<String> approved = session.post("/console/product-reviews/" + adas + "/approve", Map.of());
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.headers().firstValue("Location")).hasValue("/console/product-reviews?moderated=" + adas);
        // The API's own rules: a reason is required, and only a pending review is moderated.
        HttpResponse<String> blank = session.post("/console/product-reviews/" + graces + "/reject", Map.of("reason", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(session.post("/console/product-reviews/" + graces + "/reject", Map.of("reason", "names a competitor"))
                .statusCode()).isEqualTo(303);
        assertThat(session.post("/console/product-reviews/" + adas + "/reject", Map.of("reason", "too late")).statusCode())
                .isEqualTo(409);

        // The pages it leads to waited for the read model.
        assertThat(session.get("/console/product-reviews").body()).doesNotContain(adas.toString(), graces.toString());
        assertThat(session.get("/console/product-reviews?status=rejected").body())
                .contains("data-review-id=\"" + graces + "\"", "names a competitor");
        JsonNode published = http.get().uri("/products/" + mug + "/reviews").attributes(TestUsers.anonymous()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(published.get("reviews")).singleElement()
                .satisfies(review -> assertThat(review.get("title").asText()).isEqualTo("Holds tea " + root));
    }

    @Test
    void withoutASessionAPageSendsToTheSignIn() {
        HttpResponse<String> page = new ConsoleSession(baseUrl()).get("/console/orders");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/console/login");
    }

    @Test
    void staffSignInWithTheDemoPasswordAndGetTheirPages() {
        ConsoleSession session = new ConsoleSession(baseUrl());
        HttpResponse<String> signedIn = session.signIn("support", ConsoleSession.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/console");
        HttpResponse<String> queue = session.get("/console/reviews");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Fraud review").contains("id=\"signed-in-as\">support<");
        assertThat(queue.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'"));
    }

    @Test
    void aCustomerCannotSignIn() {
        ConsoleSession session = new ConsoleSession(baseUrl());
        HttpResponse<String> refused = session.signIn("ada", ConsoleSession.DEMO_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("/console/login?refused");
        assertThat(session.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordIsRefused() {
        ConsoleSession session = new ConsoleSession(baseUrl());
        assertThat(session.signIn("admin", "not-the-password").headers().firstValue("Location")).hasValue("/console/login?refused");
        assertThat(session.get("/console/orders").statusCode()).isEqualTo(302);
    }

    @Test
    void anActionWithoutTheSessionsCsrfTokenIsRefused() {
        ConsoleSession session = signedIn("admin");
        assertThat(session.postWithout("/console/projections/orders/replay", Map.of()).statusCode()).isEqualTo(403);
        assertThat(session.postWithout("/console/orders/" + UUID.randomUUID() + "/review",
                Map.of("decision", "approve")).statusCode()).isEqualTo(403);
        // And the sign-in itself needs the token of the session it signs in.
        assertThat(new ConsoleSession(baseUrl()).postWithout("/console/login",
                Map.of("username", "admin", "password", ConsoleSession.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void aBearerTokenDoesNotOpenTheConsoleNorASessionTheApi() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<Void> withToken = plain.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/console/orders"))
                .header("Authorization", "Bearer " + issuer.issue("admin").accessToken()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(withToken.statusCode()).isEqualTo(302);
        ConsoleSession session = signedIn("admin");
        assertThat(session.get("/admin/projections").statusCode()).isEqualTo(401);
    }

    private ConsoleSession signedIn(String username) {
        ConsoleSession session = new ConsoleSession(baseUrl());
        HttpResponse<String> answer = session.signIn(username, ConsoleSession.DEMO_PASSWORD);
        assertThat(answer.headers().firstValue("Location")).as("where signing in " + username + " leads").hasValue("/console");
        return session;
    }

    private TreeSet<String> consoleRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> {
                    for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                        if (pattern.getPatternString().startsWith("/console")) {
                            info.getMethodsCondition().getMethods().forEach(method ->
                                    routes.add(method.name() + " " + pattern.getPatternString()));
                        }
                    }
                }));
        return routes;
    }

    /** Made-up ids and names: the rules are tried, not the pages' content. */
    private static String filled(String pattern) {
        return pattern.replace("{orderId}", UUID.randomUUID().toString())
                .replace("{productId}", UUID.randomUUID().toString())
                .replace("{reviewId}", UUID.randomUUID().toString())
                .replace("{sku}", "NOTHING-LIKE-IT")
                .replace("{name}", "nothing-like-it")
                .replace("{id}", "nothing-like-it");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
