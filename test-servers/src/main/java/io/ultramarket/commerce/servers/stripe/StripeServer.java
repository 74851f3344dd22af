package io.ultramarket.commerce.servers.stripe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on a free loopback port that answers in Stripe's wire format: form-encoded requests,
 * {@code Authorization: Bearer <secret key>}, JSON answers and errors ({@code {"error":{"type",...}}}),
 * idempotency keys (the first answer is stored and replayed, the same key with other parameters is a 400
 * {@code idempotency_error}) and test cards ({@code pm_card_visa} is accepted, {@code pm_card_chargeDeclined}
 * is declined with a 402 {@code card_error}). See {@link StripeAccount} for the endpoints.
 *
 * <p>For tests: {@link #failEverySecondCall} injects faults in front of the API, the counters say how often
 * each PaymentIntent was captured and refunded ("count it there"), {@link #requests()} lists what clients
 * sent, and {@link #webhook} builds signed event deliveries that {@link #deliver} posts to a URL.
 *
 * <p>Start one with {@link #start(String)} and pass {@link #url()} to the client as its base URL.
 */
public final class StripeServer implements AutoCloseable {

    /** How long a hanging call stays unanswered: far longer than any client's timeout. */
    private static final Duration HANG = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final StripeAccount account = new StripeAccount(json);
    private final String secretKey;
    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stripe-server");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicLong calls = new AtomicLong();
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile List<StripeFault> faults = List.of();

    private StripeServer(String secretKey) throws IOException {
        this.secretKey = secretKey;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        http.createContext("/v1/", this::serve);
        http.setExecutor(threads);
        http.start();
    }

    /** Starts a server that accepts requests carrying {@code Authorization: Bearer <secretKey>}. */
    public static StripeServer start(String secretKey) {
        try {
            return new StripeServer(secretKey);
        } catch (IOException e) {
            throw new UncheckedIOException("the Stripe server could not bind a loopback port", e);
        }
    }

    /** The base URL, such as {@code http://127.0.0.1:41234}, to which the client appends {@code /v1/...}. */
    public String url() {
        return "http://" + http.getAddress().getHostString() + ":" + http.getAddress().getPort();
    }

    /**
     * From now on, every second API call (the 2nd, 4th, ... counted from the server's start) meets a fault,
     * taking {@code kinds} in turn; odd calls are answered normally.
     */
    public void failEverySecondCall(StripeFault... kinds) {
        faults = List.of(kinds);
    }

    public void stopFailing() {
        faults = List.of();
    }

    public List<ReceivedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The id of the PaymentIntent created with {@code metadata[<key>]=<value>}, if any. */
    public Optional<String> paymentIntentIdFor(String metadataKey, String value) {
        return account.paymentIntentIdFor(metadataKey, value);
    }

    public Optional<ObjectNode> paymentIntent(String id) {
        return account.paymentIntent(id);
    }

    /** How many captures took effect on the PaymentIntent (replays of a stored answer do not count). */
    public int capturesOf(String paymentIntentId) {
        return account.capturesOf(paymentIntentId);
    }

    /** How many refunds took effect on the PaymentIntent. */
    public int refundsOf(String paymentIntentId) {
        return account.refundsOf(paymentIntentId);
    }

    /**
     * An event of {@code type} (such as {@code payment_intent.succeeded}) about the PaymentIntent as it is
     * now, signed with {@code webhookSecret} at {@code signedAt}, in Stripe's format: the body is the event
     * JSON, the header is {@code t=<unix seconds>,v1=<HMAC-SHA256 over "t.body", hex>}. The provider signs
     * with its own code, so a test proves that the receiver's check agrees with Stripe's scheme.
     */
    public StripeWebhook webhook(String type, String paymentIntentId, String webhookSecret, Instant signedAt) {
        ObjectNode intent = account.paymentIntent(paymentIntentId)
                .orElseThrow(() -> new IllegalArgumentException("no PaymentIntent " + paymentIntentId));
        String eventId = account.newId("evt");
        ObjectNode event = json.createObjectNode()
                .put("id", eventId)
                .put("object", "event")
                .put("type", type)
                .put("created", signedAt.getEpochSecond())
                .put("livemode", false);
        event.putObject("data").set("object", intent);
        byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
        return new StripeWebhook(eventId, type, body, signatureHeader(webhookSecret, signedAt, body));
    }

    /** Posts a delivery to {@code endpoint} as Stripe does, and answers the HTTP status it got. */
    public int deliver(StripeWebhook webhook, URI endpoint) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", webhook.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook could not be delivered to " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering a webhook", e);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        http.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> parameters = formOf(exchange);
            Optional<String> idempotencyKey = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            Optional<String> authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(new ReceivedRequest(method, path, idempotencyKey, authorization, parameters));
            if (!authorization.equals(Optional.of("Bearer " + secretKey))) {
                respond(exchange, new StripeResponse(401, errorBody("invalid_request_error",
                        "Invalid API Key provided."), false));
                return;
            }
            Optional<StripeFault> fault = faultFor(calls.incrementAndGet());
            if (fault.isPresent() && !fault.get().applies()) {
                failBeforeApplying(exchange, fault.get());
                return;
            }
            StripeResponse response = account.handle(method, path, parameters, idempotencyKey);
            if (fault.isPresent()) {
                failAfterApplying(exchange, fault.get());
                return;
            }
            respond(exchange, response);
        }
    }

    private Optional<StripeFault> faultFor(long call) {
        List<StripeFault> kinds = faults;
        if (kinds.isEmpty() || call % 2 != 0) {
            return Optional.empty();
        }
        return Optional.of(kinds.get((int) ((call / 2 - 1) % kinds.size())));
    }

    private void failBeforeApplying(HttpExchange exchange, StripeFault fault) throws IOException {
        if (fault.hangs()) {
            waitOutTheHang();
        }
        respond(exchange, new StripeResponse(500, errorBody("api_error",
                "An unknown error occurred before the request was processed."), false));
    }

    private void failAfterApplying(HttpExchange exchange, StripeFault fault) throws IOException {
        if (fault.hangs()) {
            waitOutTheHang();
        }
        respond(exchange, new StripeResponse(500, errorBody("api_error",
                "An unknown error occurred while the answer was sent."), false));
    }

    private void waitOutTheHang() {
        try {
            closed.await(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void respond(HttpExchange exchange, StripeResponse response) throws IOException {
        byte[] body = response.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", account.newId("req"));
        if (response.replayed()) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        exchange.getResponseBody().write(body);
    }

    private ObjectNode errorBody(String type, String message) {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("type", type).put("message", message);
        return body;
    }

    private static Map<String, String> formOf(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String source : new String[] {query, form}) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static String signatureHeader(String secret, Instant at, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((at.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
