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
import java.util.stream.IntStream;

/** The app's endpoints as asynchronous calls; the only place that speaks HTTP. */
final class CommerceApi {

    static final String POSITION_HEADER = "Commerce-Position";
    static final String CONSISTENCY_HEADER = "Commerce-Consistency";
    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    // A request that hangs this long is counted as a timeout, so that every loop ends in bounded time.
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final Executor executor;
    private final HttpClient http;
    // Catalog, stock and status calls go as admin; the token is fetched once.
    private volatile CompletableFuture<String> staffToken;

    CommerceApi(URI baseUrl, Executor executor) {
        this.baseUrl = baseUrl;
        this.executor = executor;
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

    /** The same calls to another instance of the app on the same database (several instances, ADR 0055). */
    CommerceApi at(URI otherInstance) {
        return new CommerceApi(otherInstance, executor);
    }

    /**
     * Completes normally if anything answers HTTP at the base URL, whatever the status; fails if nothing
     * does. Lets a run stop at once when the app is down instead of counting connection errors for its length.
     */
    CompletableFuture<Void> checkReachable() {
        HttpRequest probe = HttpRequest.newBuilder(baseUrl).timeout(REQUEST_TIMEOUT).GET().build();
        return http.sendAsync(probe, HttpResponse.BodyHandlers.discarding()).thenAccept(anyAnswer -> { });
    }

    /**
     * A new customer with a token of the app's development issuer ({@code POST /dev-issuer/token}, which
     * answers loopback clients): what a shopper does once, at sign-in, so scenarios fetch it outside their
     * timed steps.
     */
    CompletableFuture<Shopper> newShopper() {
        UUID customerId = UUID.randomUUID();
        return tokenOf(customerId.toString()).thenApply(token -> new Shopper(customerId, token));
    }

    CompletableFuture<ApiAnswer> createCart(Shopper shopper) {
        return post("create cart", "/carts", Json.write(Map.of()), Optional.empty(), shopper.token());
    }

    /** Adds units of a SKU; the same idempotency key with the same body must take effect only once. */
    CompletableFuture<ApiAnswer> addItem(Shopper shopper, String cartId, String sku, int quantity,
                                         Optional<String> idempotencyKey) {
        byte[] body = Json.write(Map.of("sku", sku, "quantity", quantity));
        return post("add item", "/carts/" + cartId + "/items", body, idempotencyKey, shopper.token());
    }

    CompletableFuture<ApiAnswer> checkout(Shopper shopper, String cartId) {
        return post("checkout", "/carts/" + cartId + "/checkout", Json.write(Catalog.checkoutDetails(shopper.customerId())),
                Optional.empty(), shopper.token());
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
        return stockOf(sku, Optional.empty());
    }

    /** The same public read, with a bearer token that the app checks although the route does not need one. */
    CompletableFuture<ApiAnswer> stockOf(String sku, Optional<String> token) {
        HttpRequest.Builder request = request("/stock/" + sku);
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return send("read stock", request.GET().build(), ApiAnswer.Kind.PLAIN);
    }

    /** Reads a SKU's stock levels; the app waits (up to 2 s) until the read model holds {@code position}. */
    CompletableFuture<ApiAnswer> stockOf(String sku, long position) {
        HttpRequest request = request("/stock/" + sku).header(POSITION_HEADER, Long.toString(position)).GET().build();
        return send("read stock", request, ApiAnswer.Kind.FRESH_READ);
    }

    /** The projections with their generations, positions and lag, as JSON. */
    CompletableFuture<ApiAnswer> projections() {
        return get("list projections", request("/admin/projections"), ApiAnswer.Kind.PLAIN);
    }

    /** The analytics projection's generations with position, lag and ClickHouse rows, as JSON. */
    CompletableFuture<ApiAnswer> analytics() {
        return get("analytics status", request("/admin/projections/analytics"), ApiAnswer.Kind.PLAIN);
    }

    /** How far the Kafka publisher has come, as JSON. */
    CompletableFuture<ApiAnswer> integrationEvents() {
        return get("integration events status", request("/admin/integration-events"), ApiAnswer.Kind.PLAIN);
    }

    /** Starts rebuilding a projection into a new generation (202), or names the rebuild already running. */
    CompletableFuture<ApiAnswer> replay(String projection) {
        return adminPost("replay " + projection, "/admin/projections/" + projection + "/replay");
    }

    /** The search's documents indexed again from PostgreSQL into a new index (no replay). */
    CompletableFuture<ApiAnswer> reindexSearch() {
        return adminPost("reindex search", "/admin/search/reindex");
    }

    private CompletableFuture<ApiAnswer> adminPost(String what, String path) {
        return staffToken().thenCompose(token -> send(what, request(path).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), ApiAnswer.Kind.PLAIN));
    }

    CompletableFuture<ApiAnswer> createProduct(Map<String, Object> product) {
        return post("create product", "/products", Json.write(product), Optional.empty());
    }

    CompletableFuture<ApiAnswer> publishProduct(String productId) {
        return post("publish product", "/products/" + productId + "/publish", new byte[0], Optional.empty());
    }

    /**
     * Puts the shoppers' SKUs on sale (the shop prices carts from published products): one product with a
     * variant per SKU, published, and read back with its publish position so prices resolve before the run.
     */
    CompletableFuture<Void> putCatalogOnSale() {
        return createProduct(Catalog.product())
                .thenCompose(created -> {
                    String productId = created.requireSuccess().field("productId");
                    return publishProduct(productId).thenCompose(published -> get("read product",
                            request("/products/" + productId).header(POSITION_HEADER,
                                    Long.toString(published.requireSuccess().position().orElse(0))),
                            ApiAnswer.Kind.FRESH_READ));
                })
                .thenAccept(ApiAnswer::requireSuccess);
    }

    /**
     * Gives every SKU of the catalog stock in {@link StockCatalog#WAREHOUSE}, as much as one stock item may
     * hold, so that checkouts reserve their lines and their orders can be confirmed. A SKU registered by an
     * earlier run (409 already-exists) keeps what it has: a million units last for hundreds of thousands of
     * orders.
     */
    CompletableFuture<Void> stockCatalog() {
        return CompletableFuture.allOf(IntStream.range(0, Catalog.SKU_COUNT)
                .mapToObj(index -> registerStock(Catalog.sku(index), StockCatalog.WAREHOUSE, Catalog.STOCK_PER_SKU)
                        .thenAccept(answer -> {
                            if (!answer.isAlreadyExisting()) {
                                answer.requireSuccess();
                            }
                        }))
                .toArray(CompletableFuture[]::new));
    }

    /** {@code GET /search?<query>}; the query is already URL-encoded. */
    CompletableFuture<ApiAnswer> search(String query) {
        return send("search", request("/search?" + query).GET().build(), ApiAnswer.Kind.PLAIN);
    }

    /** The search index's state: the alias, each generation's documents, pending and indexed. */
    CompletableFuture<ApiAnswer> searchStatus() {
        return get("search status", request("/admin/search"), ApiAnswer.Kind.PLAIN);
    }

    private CompletableFuture<ApiAnswer> post(String what, String path, byte[] body, Optional<String> idempotencyKey) {
        return staffToken().thenCompose(token -> post(what, path, body, idempotencyKey, token));
    }

    private CompletableFuture<ApiAnswer> post(String what, String path, byte[] body, Optional<String> idempotencyKey,
                                              String token) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        idempotencyKey.ifPresent(key -> request.header(IDEMPOTENCY_KEY_HEADER, key));
        return send(what, request.build(), ApiAnswer.Kind.COMMAND);
    }

    /** A GET as staff. */
    private CompletableFuture<ApiAnswer> get(String what, HttpRequest.Builder request, ApiAnswer.Kind kind) {
        return staffToken().thenCompose(token ->
                send(what, request.header("Authorization", "Bearer " + token).GET().build(), kind));
    }

    private CompletableFuture<String> staffToken() {
        CompletableFuture<String> token = staffToken;
        if (token == null || token.isCompletedExceptionally()) {
            token = tokenOf("admin");
            staffToken = token;
        }
        return token;
    }

    private CompletableFuture<String> tokenOf(String username) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/dev-issuer/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username))
                .build();
        return send("token", request, ApiAnswer.Kind.PLAIN)
                .thenApply(answer -> answer.requireSuccess().field("access_token"));
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
