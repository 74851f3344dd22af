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

/** The app's command endpoints as asynchronous calls; the only place that speaks HTTP. */
final class CommerceApi {

    static final String POSITION_HEADER = "Commerce-Position";
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

    private CompletableFuture<ApiAnswer> post(String what, String path, byte[] body, Optional<String> idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        idempotencyKey.ifPresent(key -> request.header(IDEMPOTENCY_KEY_HEADER, key));
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new ApiAnswer(what, response.statusCode(), position(response), response.body()));
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
