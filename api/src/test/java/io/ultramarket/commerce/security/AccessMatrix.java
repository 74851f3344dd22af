package io.ultramarket.commerce.security;

import org.springframework.context.ApplicationContext;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.ultramarket.commerce.security.Role.ADMIN;
import static io.ultramarket.commerce.security.Role.ANALYST;
import static io.ultramarket.commerce.security.Role.AUDITOR;
import static io.ultramarket.commerce.security.Role.MERCHANDISER;
import static io.ultramarket.commerce.security.Role.SUPPORT;

/**
 * Who may call every route the app serves: the routes are read from the app's own handler mappings
 * (controllers, actuator, the OpenAPI document, the development issuer when it runs), each must have a row
 * here, and each row is tried as every {@link Persona}. A route added without a row fails the matrix.
 */
final class AccessMatrix {

    /** Every route, "METHOD /pattern", with who may call it. */
    static final Map<String, Access> EXPECTED = Map.ofEntries(
            // Public: catalog, search, availability, documentation, bare health, signed webhooks, the dev issuer.
            Map.entry("GET /products/{productId}", Access.everyone()),
            Map.entry("GET /products/{productId}/recommendations", Access.everyone()),
            Map.entry("GET /search", Access.everyone()),
            Map.entry("GET /search/suggest", Access.everyone()),
            Map.entry("GET /stock/{sku}", Access.everyone()),
            Map.entry("GET /v3/api-docs", Access.everyone()),
            Map.entry("GET /v3/api-docs.yaml", Access.everyone()),
            Map.entry("GET /v3/api-docs/swagger-config", Access.everyone()),
            Map.entry("GET /swagger-ui.html", Access.everyone()),
            Map.entry("GET /actuator/health", Access.everyone()),
            Map.entry("GET /actuator/health/{*path}", Access.everyone()),
            Map.entry("POST /webhooks/carriers/{carrier}", Access.everyone()),
            Map.entry("POST /webhooks/payments", Access.everyone()),
            Map.entry("GET /dev-issuer/.well-known/openid-configuration", Access.everyone()),
            Map.entry("GET /dev-issuer/jwks", Access.everyone()),
            Map.entry("POST /dev-issuer/token", Access.everyone()),
            // Opening a cart: a customer's, or a guest's without a token; a guest's cart taken over on sign-in.
            Map.entry("POST /carts", Access.anonymousAnd(Role.CUSTOMER, Role.GUEST)),
            Map.entry("POST /carts/{cartId}/claim", Access.roles(Role.CUSTOMER)),
            Map.entry("GET /customers/me", Access.roles(Role.CUSTOMER)),
            Map.entry("GET /customers/me/addresses", Access.roles(Role.CUSTOMER)),
            Map.entry("POST /customers/me/addresses", Access.roles(Role.CUSTOMER)),
            Map.entry("PUT /customers/me/addresses/{addressId}", Access.roles(Role.CUSTOMER)),
            Map.entry("DELETE /customers/me/addresses/{addressId}", Access.roles(Role.CUSTOMER)),
            // Product reviews (ADR 0068): a customer reviews, the approved ones are public, staff moderate.
            Map.entry("POST /products/{productId}/reviews", Access.roles(Role.CUSTOMER)),
            Map.entry("GET /products/{productId}/reviews", Access.everyone()),
            Map.entry("GET /product-reviews", Access.roles(SUPPORT, MERCHANDISER, ADMIN)),
            Map.entry("POST /product-reviews/{reviewId}/approve", Access.roles(SUPPORT, MERCHANDISER, ADMIN)),
            Map.entry("POST /product-reviews/{reviewId}/reject", Access.roles(SUPPORT, MERCHANDISER, ADMIN)),
            Map.entry("POST /carts/{cartId}/items", Access.ownerAnd()),
            Map.entry("PATCH /carts/{cartId}/items/{sku}", Access.ownerAnd()),
            Map.entry("DELETE /carts/{cartId}/items/{sku}", Access.ownerAnd()),
            Map.entry("POST /carts/{cartId}/checkout", Access.ownerAnd()),
            Map.entry("PUT /carts/{cartId}/destination", Access.ownerAnd()),
            // A shopper's carts and orders, which support and admin look after too.
            Map.entry("GET /carts/{cartId}", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /carts/{cartId}/totals", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /shipping/rates", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /orders/{orderId}", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /orders/{orderId}/payments", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /orders/{orderId}/totals", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /orders/{orderId}/stream", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /customers/{customerId}/orders", Access.accountOwnerAnd(SUPPORT, ADMIN)),
            Map.entry("GET /customers/{customerId}/personal-data", Access.accountOwnerAnd(SUPPORT, ADMIN)),
            Map.entry("DELETE /customers/{customerId}/personal-data", Access.accountOwnerAnd(SUPPORT, ADMIN)),
            Map.entry("POST /orders/{orderId}/cancel", Access.ownerAnd(SUPPORT, ADMIN)),
            Map.entry("POST /orders/{orderId}/returns", Access.ownerAnd(SUPPORT, ADMIN)),
            // The back office.
            Map.entry("POST /orders/{orderId}/review", Access.roles(SUPPORT, ADMIN)),
            Map.entry("POST /payments/{paymentId}/refunds", Access.roles(SUPPORT, ADMIN)),
            Map.entry("PUT /customers/{customerId}/group", Access.roles(SUPPORT, ADMIN)),
            Map.entry("PUT /customers/{customerId}/tax-exemption", Access.roles(SUPPORT, ADMIN)),
            Map.entry("DELETE /customers/{customerId}/tax-exemption", Access.roles(SUPPORT, ADMIN)),
            Map.entry("POST /products", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("PUT /products/{productId}", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /products/{productId}/prices", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /products/{productId}/price-list", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /products/{productId}/price-list/removals", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /products/{productId}/publish", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /products/{productId}/unpublish", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /stock/{sku}", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /stock/{sku}/receipts", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /stock/{sku}/adjustments", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("PUT /stock/{sku}/low-stock-threshold", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("DELETE /stock/{sku}/low-stock-threshold", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("GET /stock/{sku}/low-stock", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("GET /low-stock", Access.roles(MERCHANDISER, ADMIN)),
            // Promotions (ADR 0066): managed by the merchandiser; what they take off a basket, asked by shoppers too.
            Map.entry("POST /promotions", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("GET /promotions", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("GET /promotions/{promotionId}", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("PUT /promotions/{promotionId}", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /promotions/{promotionId}/activate", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /promotions/{promotionId}/deactivate", Access.roles(MERCHANDISER, ADMIN)),
            Map.entry("POST /promotions/evaluations", Access.roles(Role.CUSTOMER, Role.GUEST, MERCHANDISER, ADMIN)),
            Map.entry("GET /analytics/sales", Access.roles(ANALYST, ADMIN)),
            Map.entry("GET /analytics/funnel", Access.roles(ANALYST, ADMIN)),
            Map.entry("GET /analytics/top-products", Access.roles(ANALYST, ADMIN)),
            Map.entry("GET /analytics/recommendations", Access.roles(ANALYST, ADMIN)),
            Map.entry("GET /analytics/forecast", Access.roles(ANALYST, ADMIN)),
            Map.entry("GET /audit/{aggregateType}/{aggregateId}/events", Access.roles(AUDITOR, ADMIN)),
            Map.entry("GET /audit/{aggregateType}/{aggregateId}/state", Access.roles(AUDITOR, ADMIN)),
            Map.entry("GET /audit/{aggregateType}/{aggregateId}/verify", Access.roles(AUDITOR, ADMIN)),
            Map.entry("GET /audit/events", Access.roles(AUDITOR, ADMIN)),
            Map.entry("GET /audit/verify", Access.roles(AUDITOR, ADMIN)),
            // Every projection, whatever its store: /admin/projections/analytics is the {name} route's.
            Map.entry("GET /admin/projections", Access.roles(ADMIN)),
            Map.entry("GET /admin/projections/{name}", Access.roles(ADMIN)),
            Map.entry("POST /admin/projections/{name}/replay", Access.roles(ADMIN)),
            Map.entry("GET /admin/projections/{name}/stream", Access.roles(ADMIN)),
            Map.entry("GET /admin/dead-letters", Access.roles(ADMIN)),
            Map.entry("POST /admin/dead-letters/{id}/retry", Access.roles(ADMIN)),
            Map.entry("DELETE /admin/dead-letters/{id}", Access.roles(ADMIN)),
            Map.entry("GET /admin/search", Access.roles(ADMIN)),
            Map.entry("POST /admin/search/reindex", Access.roles(ADMIN)),
            Map.entry("GET /admin/integration-events", Access.roles(ADMIN)),
            // Merchants' webhook endpoints and their delivery logs (ADR 0058).
            Map.entry("POST /admin/webhooks", Access.roles(ADMIN)),
            Map.entry("GET /admin/webhooks", Access.roles(ADMIN)),
            Map.entry("GET /admin/webhooks/{endpointId}", Access.roles(ADMIN)),
            Map.entry("DELETE /admin/webhooks/{endpointId}", Access.roles(ADMIN)),
            Map.entry("GET /admin/webhooks/{endpointId}/deliveries", Access.roles(ADMIN)),
            Map.entry("GET /stream/orders", Access.roles(ADMIN)),
            Map.entry("GET /actuator", Access.roles(ADMIN)),
            Map.entry("GET /actuator/info", Access.roles(ADMIN)),
            Map.entry("GET /actuator/metrics", Access.roles(ADMIN)),
            Map.entry("GET /actuator/metrics/{requiredMetricName}", Access.roles(ADMIN)),
            Map.entry("GET /actuator/prometheus", Access.roles(ADMIN)),
            // The console (ADR 0062): its sign-in page is everyone's; the rest needs a console session, whose
            // rules per staff role ConsoleAccessIT tries.
            Map.entry("GET /console/login", Access.everyone()),
            Map.entry("GET /console", Access.consoleSession()),
            Map.entry("GET /console/", Access.consoleSession()),
            Map.entry("GET /console/orders", Access.consoleSession()),
            Map.entry("GET /console/orders/stream", Access.consoleSession()),
            Map.entry("GET /console/orders/{orderId}", Access.consoleSession()),
            Map.entry("POST /console/orders/{orderId}/review", Access.consoleSession()),
            Map.entry("GET /console/reviews", Access.consoleSession()),
            Map.entry("GET /console/projections", Access.consoleSession()),
            Map.entry("POST /console/projections/{name}/replay", Access.consoleSession()),
            Map.entry("GET /console/projections/{name}/progress", Access.consoleSession()),
            Map.entry("GET /console/dead-letters", Access.consoleSession()),
            Map.entry("POST /console/dead-letters/{id}/retry", Access.consoleSession()),
            Map.entry("GET /console/stock", Access.consoleSession()),
            Map.entry("POST /console/stock/{sku}/receipts", Access.consoleSession()),
            Map.entry("POST /console/stock/{sku}/adjustments", Access.consoleSession()),
            Map.entry("GET /console/products", Access.consoleSession()),
            Map.entry("POST /console/products/{productId}/prices", Access.consoleSession()),
            Map.entry("GET /console/product-reviews", Access.consoleSession()),
            Map.entry("POST /console/product-reviews/{reviewId}/approve", Access.consoleSession()),
            Map.entry("POST /console/product-reviews/{reviewId}/reject", Access.consoleSession()),
            Map.entry("GET /console/audit", Access.consoleSession()));

    private static final String ADDRESS = """
            {"recipient":"Ada Lovelace","line1":"Main Street 1","postalCode":"10115","city":"Berlin","country":"DE"}""";

    /**
     * Valid bodies for the routes about one customer's cart or order, so that the other customer's request
     * fails on ownership, not on its body; every other route gets {@code {}}.
     */
    private static final Map<String, String> BODIES = Map.of(
            "POST /carts/{cartId}/items", """
                    {"sku":"MATRIX-1","quantity":1}""",
            "PATCH /carts/{cartId}/items/{sku}", "{\"quantity\":2}",
            "POST /customers/me/addresses", ADDRESS,
            "PUT /customers/me/addresses/{addressId}", ADDRESS,
            "POST /carts/{cartId}/checkout", """
                    {"shippingAddress":{"recipient":"Ada Lovelace","line1":"Main Street 1","postalCode":"10115",\
                    "city":"Berlin","country":"DE"},"shippingOption":"parcelpost:standard","paymentMethod":{"type":"card","token":"tok_visa"}}""",
            "PUT /carts/{cartId}/destination", "{\"country\":\"DE\"}",
            "POST /orders/{orderId}/cancel", "{\"reason\":\"access matrix\"}",
            "POST /orders/{orderId}/returns", "{\"lines\":[{\"sku\":\"MATRIX-1\",\"quantity\":1}],\"reason\":\"access matrix\"}");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Function<Persona, Optional<String>> tokens;
    private final Map<String, String> pathValues;
    private String guestToken;

    /**
     * @param pathValues what each path variable is filled with: customer A's cart, order and id, so that the
     *                   owner rules meet a real owner
     */
    AccessMatrix(String baseUrl, Function<Persona, Optional<String>> tokens, Map<String, String> pathValues) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.pathValues = pathValues;
    }

    /** "METHOD /pattern" of every route the app's handler mappings serve. */
    static TreeSet<String> routesOf(ApplicationContext context) {
        TreeSet<String> routes = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> routes.addAll(routesOf(info))));
        return routes;
    }

    private static List<String> routesOf(RequestMappingInfo info) {
        List<String> routes = new ArrayList<>();
        var methods = info.getMethodsCondition().getMethods();
        for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
            if (methods.isEmpty()) {
                routes.add("ANY " + pattern.getPatternString());
            }
            methods.forEach(method -> routes.add(method.name() + " " + pattern.getPatternString()));
        }
        return routes;
    }

    /** Every cell that did not get what its row expects, as "route as persona: expected, got status". */
    List<String> violations(Iterable<String> routes) throws IOException, InterruptedException {
        List<String> violations = new ArrayList<>();
        for (String route : routes) {
            Access access = EXPECTED.get(route);
            for (Persona persona : Persona.values()) {
                Access.Expected expected = access.expectedFor(persona);
                int status = call(route, persona);
                if (!expected.matches(status)) {
                    violations.add(route + " as " + persona + ": expected " + expected + ", got " + status);
                }
            }
        }
        return violations;
    }

    /** Routes of the app that have no row: each needs a decision on who may call it. */
    static Map<String, String> withoutRow(Iterable<String> routes) {
        Map<String, String> missing = new TreeMap<>();
        routes.forEach(route -> {
            if (!EXPECTED.containsKey(route)) {
                missing.put(route, "no row in AccessMatrix.EXPECTED");
            }
        });
        return missing;
    }

    private int call(String route, Persona persona) throws IOException, InterruptedException {
        String[] methodAndPattern = route.split(" ", 2);
        String path = fill(methodAndPattern[1]);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", path.startsWith("/dev-issuer/token") ? "application/x-www-form-urlencoded" : "application/json")
                // A resumed stream must not tell another customer more than a fresh one does.
                .header("Last-Event-ID", "0")
                .method(methodAndPattern[0], methodAndPattern[0].equals("GET")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(BODIES.getOrDefault(route, "{}")));
        if (persona == Persona.GUEST) {
            request.header(CartToken.HEADER, guestToken());
        } else {
            tokens.apply(persona).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        }
        // Headers only: the event streams never end, so their body is not read.
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    /** The cart token of a guest cart opened for the matrix: a guest, but not customer A's cart's. */
    private String guestToken() throws IOException, InterruptedException {
        if (guestToken == null) {
            HttpResponse<String> opened = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/carts"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            guestToken = opened.headers().firstValue(CartToken.HEADER).orElseThrow(() ->
                    new IllegalStateException("opening a guest cart answered " + opened.statusCode() + " without a cart token"));
        }
        return guestToken;
    }

    private String fill(String pattern) {
        String path = pattern.replace("{*path}", "liveness");
        Matcher variable = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(filled, Matcher.quoteReplacement(
                    pathValues.getOrDefault(variable.group(1), UUID.randomUUID().toString())));
        }
        variable.appendTail(filled);
        String query = pathValues.getOrDefault("?" + pattern, "");
        return filled + query;
    }
}
