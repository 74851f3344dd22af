package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What every Gatling simulation of this module shares: the target and the run's shape, read from system
 * properties (the gatling-maven-plugin passes Maven's {@code -D}s on), the HTTP protocol, signing in through
 * the app's development issuer, and the warm-up that runs before the measured time under names of its own.
 *
 * <p>Properties: {@code base.url} (loopback only, default {@code http://localhost:8080}), {@code clients},
 * {@code warmup} and {@code duration} ({@code 5s}, {@code 500ms}, {@code 2m}; a bare number is seconds).
 */
final class SimulationSettings {

    static final String WARMUP_PREFIX = "warm-up ";

    final URI baseUrl;
    final int clients;
    final Duration warmup;
    final Duration duration;

    private SimulationSettings(URI baseUrl, int clients, Duration warmup, Duration duration) {
        this.baseUrl = baseUrl;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    /** The run's settings; {@code defaultClients} is the goal's own number of clients. */
    static SimulationSettings fromSystemProperties(int defaultClients) {
        int clients = Integer.parseInt(System.getProperty("clients", Integer.toString(defaultClients)));
        if (clients < 1 || clients > 256) {
            throw new IllegalArgumentException("clients must be between 1 and 256, was " + clients);
        }
        return new SimulationSettings(
                LoopbackTarget.require(System.getProperty("base.url", "http://localhost:8080")), clients,
                LoadTestArguments.parseDuration(System.getProperty("warmup", "5s")),
                LoadTestArguments.parseDuration(System.getProperty("duration", "30s")));
    }

    /**
     * Plain JSON over HTTP/1.1 to the loopback target and nowhere else: no warm-up request to Gatling's website
     * (gatling.conf turns it off too). A request that hangs fails after 10 s (gatling.conf).
     */
    HttpProtocolBuilder protocol() {
        return http.baseUrl(baseUrl.toString())
                .disableWarmUp()
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .disableFollowRedirect()
                .shareConnections()
                .disableCaching();
    }

    /**
     * The warm-up, then the measured time: {@code step} gets the prefix of its request names, so that the
     * report (and the table) keep the two apart. Each client loops with one request in flight at a time. A
     * loop stops at its first step after its time is up (Gatling's {@code during} exits as soon as it can),
     * so a flow still going then is cut, and only a request already sent finishes after the measured time.
     */
    ChainBuilder warmupThenMeasure(Function<String, ChainBuilder> step) {
        ChainBuilder measured = during(duration).on(step.apply(""));
        return warmup.isZero() ? measured : exec(during(warmup).on(step.apply(WARMUP_PREFIX))).exec(measured);
    }

    /**
     * A new customer signs in through the app's development issuer (which answers loopback clients), as the
     * hand-written generator does (ADR 0026): the token goes into {@code #{token}}, the customer into
     * {@code #{customerId}}. Signing in is named apart, so it is never part of a goal's figure.
     */
    static ChainBuilder newCustomerSignsIn() {
        return exec(session -> session.set("customerId", UUID.randomUUID().toString()))
                .exec(http("sign in").post("/dev-issuer/token")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .formParam("username", "#{customerId}")
                        .check(jsonPath("$.access_token").saveAs("token")));
    }

    /**
     * Puts the shoppers' SKUs on sale (carts are priced from published products), as staff, before the
     * simulation's clients start; the hand-written generator's own call, so both set the shop up alike.
     */
    void putCatalogOnSale() {
        prepare("put the catalog on sale", CommerceApi::putCatalogOnSale);
    }

    /** Gives the SKUs stock, so that orders are reserved and confirmed rather than rejected. */
    void stockCatalog() {
        prepare("stock the catalog", CommerceApi::stockCatalog);
    }

    private void prepare(String what, Function<CommerceApi, CompletableFuture<Void>> step) {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            step.apply(new CommerceApi(baseUrl, executor)).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Could not " + what + " at " + baseUrl
                    + " (is the app running? see load-tests/README.md)", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, interrupted);
        } finally {
            executor.shutdownNow();
        }
    }

    /** The Authorization header of the signed-in customer. */
    static final String BEARER = "Bearer #{token}";
}
