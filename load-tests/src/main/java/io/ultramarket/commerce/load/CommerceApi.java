package io.ultramarket.commerce.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The app's endpoints as asynchronous calls; the only place that speaks HTTP. */
final class CommerceApi {

    static final String POSITION_HEADER = "Commerce-Position";
    static final String CONSISTENCY_HEADER = "Commerce-Consistency";
    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    // A request that hangs this long is counted as a timeout, so that every loop ends in bounded time.
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] CHECKOUT_BODY = Json.write(Catalog.CHECKOUT_DETAILS);

    private final URI baseUrl;
    private final HttpClient http;

    CommerceApi(URI baseUrl, Executor executor) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                // HTTP/1.1 is what the app serves without TLS; asking for HTTP/2 would add an h2c upgrade attempt.
                .version(HttpClient.Version.HTTP_1_1)
                // No proxy and no redirects: traffic must reach the loopback target and nothing else.
                .proxy(HttpClient.Builder.NO_PROXY)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(executor)
                .build();
    }

    URI baseUrl() {
        return baseUrl;
    }

    /**
     * Completes normally if anything answers HTTP at the base URL, whatever the status; fails if nothing
     * does. Lets a run stop at once when the app is down instead of counting connection errors for its length.
     */
    CompletableFuture<Void> checkReachable() {
        HttpRequest probe = HttpRequest.newBuilder(baseUrl).timeout(REQUEST_TIMEOUT).GET().build();
        return http.sendAsync(probe, HttpResponse.BodyHandlers.discarding()).thenAccept(anyAnswer -> { });
    }

    CompletableFuture<ApiAnswer> createCart(UUID customerId) {
        return post("create cart", "/carts", Json.write(Map.of("customerId", customerId)), Optional.empty());
    }

    /** Adds units of a SKU; the same idempotency key with the same body must take effect only once. */
    CompletableFuture<ApiAnswer> addItem(String cartId, String sku, int quantity, Optional<String> idempotencyKey) {
        byte[] body = Json.write(Map.of(
                "sku", sku,
                "quantity", quantity,
                "unitPrice", Map.of("amount", Catalog.UNIT_PRICE_AMOUNT, "currency", Catalog.CURRENCY)));
        return post("add item", "/carts/" + cartId + "/items", body, idempotencyKey);
    }

    CompletableFuture<ApiAnswer> checkout(String cartId) {
        return post("checkout", "/carts/" + cartId + "/checkout", CHECKOUT_BODY, Optional.empty());
    }

    /** Registers a SKU in a warehouse: 201, or 409 already-exists if it was registered before. */
    CompletableFuture<ApiAnswer> registerStock(String sku, String warehouse, int onHand) {
        return post("register stock", "/stock/" + sku, Json.write(Map.of("warehouse", warehouse, "onHand", onHand)),
                Optional.empty());
    }

    CompletableFuture<ApiAnswer> receiveStock(String sku, String warehouse, int quantity, String receiptReference) {
        byte[] body = Json.write(
                Map.of("warehouse", warehouse, "quantity", quantity, "receiptReference", receiptReference));
        return post("receive stock", "/stock/" + sku + "/receipts", body, Optional.empty());
    }

    /** Reads a SKU's stock levels as the read model holds them now: 200, or 404 for a SKU it does not know. */
    CompletableFuture<ApiAnswer> stockOf(String sku) {
        return send("read stock", request("/stock/" + sku).GET().build(), ApiAnswer.Kind.PLAIN);
    }

    /** Reads a SKU's stock levels; the app waits (up to 2 s) until the read model holds {@code position}. */
    CompletableFuture<ApiAnswer> stockOf(String sku, long position) {
        HttpRequest request = request("/stock/" + sku).header(POSITION_HEADER, Long.toString(position)).GET().build();
        return send("read stock", request, ApiAnswer.Kind.FRESH_READ);
    }

    /** The projections with their generations, positions and lag, as JSON. */
    CompletableFuture<ApiAnswer> projections() {
        return send("list projections", request("/admin/projections").GET().build(), ApiAnswer.Kind.PLAIN);
    }

    /** The analytics projection's generations with position, lag and ClickHouse rows, as JSON. */
    CompletableFuture<ApiAnswer> analytics() {
        return send("analytics status", request("/admin/projections/analytics").GET().build(), ApiAnswer.Kind.PLAIN);
    }

    /** How far the Kafka publisher has come, as JSON. */
    CompletableFuture<ApiAnswer> integrationEvents() {
        return send("integration events status", request("/admin/integration-events").GET().build(), ApiAnswer.Kind.PLAIN);
    }

    /** Starts rebuilding a projection into a new generation (202), or names the rebuild already running. */
    CompletableFuture<ApiAnswer> replay(String projection) {
        HttpRequest request = request("/admin/projections/" + projection + "/replay")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return send("replay " + projection, request, ApiAnswer.Kind.PLAIN);
    }

    CompletableFuture<ApiAnswer> createProduct(Map<String, Object> product) {
        return post("create product", "/products", Json.write(product), Optional.empty());
    }

    CompletableFuture<ApiAnswer> publishProduct(String productId) {
        return post("publish product", "/products/" + productId + "/publish", new byte[0], Optional.empty());
    }

    /** {@code GET /search?<query>}; the query is already URL-encoded. */
    CompletableFuture<ApiAnswer> search(String query) {
        return send("search", request("/search?" + query).GET().build(), ApiAnswer.Kind.PLAIN);
    }

    /** The search index's state: the alias, each generation's documents, pending and indexed. */
    CompletableFuture<ApiAnswer> searchStatus() {
        return send("search status", request("/admin/search").GET().build(), ApiAnswer.Kind.PLAIN);
    }

    private CompletableFuture<ApiAnswer> post(String what, String path, byte[] body, Optional<String> idempotencyKey) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        idempotencyKey.ifPresent(key -> request.header(IDEMPOTENCY_KEY_HEADER, key));
        return send(what, request.build(), ApiAnswer.Kind.COMMAND);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
    }

    private CompletableFuture<ApiAnswer> send(String what, HttpRequest request, ApiAnswer.Kind kind) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new ApiAnswer(what, response.statusCode(), position(response),
                        response.headers().firstValue(CONSISTENCY_HEADER), response.body(), kind));
    }

    private static OptionalLong position(HttpResponse<?> response) {
        return response.headers().firstValue(POSITION_HEADER)
                .map(value -> {
                    try {
                        return OptionalLong.of(Long.parseLong(value.trim()));
                    } catch (NumberFormatException notALong) {
                        return OptionalLong.empty();
                    }
                })
                .orElse(OptionalLong.empty());
    }
}
