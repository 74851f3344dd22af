package io.ultramarket.commerce.crash;

import io.ultramarket.commerce.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent shoppers, each in a loop until stopped: a cart as a new customer, two SKUs added, a checkout
 * paid with one of Stripe's test cards (declined for every fifth shopper); every fourth one also registers
 * stock of a new SKU. Every command sent is recorded with its outcome, so that a test can tell, after a
 * crash, what was acknowledged.
 */
final class Shoppers {

    private static Map<String, Object> checkout(String card) {
        return Map.of(
                "shippingAddress", Map.of("recipient", "Ada Lovelace", "line1", "Main Street 1", "postalCode", "10115",
                        "city", "Berlin", "country", "DE"),
                "shippingOption", "swiftship:economy",
                "paymentMethod", Map.of("type", "card", "token", card));
    }

    private final List<WebTestClient> instances;
    private final AtomicInteger sends = new AtomicInteger();
    private final List<String> skus;
    private final Queue<SentCommand> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private ExecutorService threads;

    Shoppers(WebTestClient http, List<String> skus) {
        this(List.of(http), skus);
    }

    /**
     * Shoppers whose commands go to these app instances in turn, one command to the next: a cart opened
     * on one is filled and checked out on the others, as a load balancer without sticky sessions would.
     */
    Shoppers(List<WebTestClient> instances, List<String> skus) {
        this.instances = List.copyOf(instances);
        this.skus = skus;
    }

    void start(int shoppers) {
        threads = Executors.newFixedThreadPool(shoppers);
        for (int shopper = 0; shopper < shoppers; shopper++) {
            int first = shopper;
            threads.execute(() -> {
                for (int round = 0; !stopped.get(); round++) {
                    shop(first + round);
                }
            });
        }
    }

    /** Stops the shoppers and waits for their last requests to end (answered, or failed with the app gone). */
    List<SentCommand> stop() throws InterruptedException {
        stopped.set(true);
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("shoppers still running two minutes after the stop");
        }
        return List.copyOf(sent);
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** One shopper's visit; it ends at the first command the app does not acknowledge. */
    private void shop(int round) {
        UUID customer = UUID.randomUUID();
        EntityExchangeResult<Map> opened = send("create-cart", null, customer, "/carts", Map.of());
        if (opened == null) {
            return;
        }
        String cart = opened.getResponseBody().get("cartId").toString();
        for (int line = 0; line < 2; line++) {
            String sku = skus.get((round + line) % skus.size());
            if (send("add-item", cart, customer, "/carts/" + cart + "/items", Map.of("sku", sku, "quantity", 1 + line)) == null) {
                return;
            }
        }
        // Every fifth shopper's card is declined: their order is cancelled and its stock released.
        String card = round % 5 == 4 ? "pm_card_chargeDeclined" : "pm_card_visa";
        if (send("check-out", cart, customer, "/carts/" + cart + "/checkout", checkout(card)) == null) {
            return;
        }
        if (round % 4 == 0) {
            String sku = "KILL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            send("register-stock", sku + "@BER-1", null, "/stock/" + sku, Map.of("warehouse", "BER-1", "onHand", 5));
        }
    }

    /** Sends a POST as the customer (staff when null); answers the exchange when acknowledged, else null. */
    private EntityExchangeResult<Map> send(String kind, String aggregateId, UUID customer, String path, Map<String, Object> body) {
        if (stopped.get()) {
            return null;
        }
        String correlationId = SentCommand.newCorrelationId();
        EntityExchangeResult<Map> answer = null;
        try {
            WebTestClient http = instances.get(Math.floorMod(sends.getAndIncrement(), instances.size()));
            answer = http.post().uri(path).attributes(customer == null ? attributes -> { } : TestUsers.asCustomer(customer))
                    .header("X-Correlation-Id", correlationId)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectBody(Map.class).returnResult();
        } catch (RuntimeException appGone) {
            // Connection refused or reset: the app died with the request in flight, or before it.
        }
        boolean ok = answer != null && answer.getStatus().is2xxSuccessful();
        // A cart's id is the app's to choose: an unanswered opening leaves it unknown (null).
        String aggregate = aggregateId != null ? aggregateId
                : ok ? answer.getResponseBody().get("cartId").toString() : null;
        sent.add(new SentCommand(kind, kind.equals("register-stock") ? "StockItem" : "Cart", aggregate, correlationId, ok));
        if (ok) {
            acknowledged.incrementAndGet();
        }
        return ok ? answer : null;
    }
}
