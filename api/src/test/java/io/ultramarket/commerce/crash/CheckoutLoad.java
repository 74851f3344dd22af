package io.ultramarket.commerce.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the tests that put {@link Shoppers} on packaged app processes share: the app's arguments for such a
 * load (paying through the local Stripe server, the saga's steps fast), the checkouts it stored, and the
 * checks that every checkout ended consistent (stock, payments).
 */
final class CheckoutLoad {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final Set<String> FINAL = Set.of("DELIVERED", "CANCELLED");
    /** The goods left the shelf and the payment was captured. */
    private static final Set<String> SHIPPED_OR_DELIVERED = Set.of("SHIPPED", "DELIVERED");

    private CheckoutLoad() {
    }

    /** The arguments of an app under the shoppers' load, paying through {@code stripe} with {@code secretKey}. */
    static List<String> appArguments(StripeServer stripe, String secretKey) {
        List<String> arguments = new ArrayList<>(raisedRateLimits());
        arguments.addAll(List.of(
                "--commerce.payments.provider=stripe",
                "--commerce.payments.stripe.secret-key=" + secretKey,
                "--commerce.payments.stripe.base-url=" + stripe.url(),
                // Every shopper pays with Stripe's one test card and ships to one address: no ring to hold for review.
                "--commerce.fraud.max-customers-per-card=1000000",
                "--commerce.fraud.max-customers-per-address=1000000",
                // The saga's steps fast enough to watch them end within the test.
                "--commerce.deadlines.poll-every=PT0.5S",
                "--commerce.shipping.dispatch-after=PT0.2S",
                "--commerce.shipping.deliver-after=PT0.5S",
                "--commerce.projections.retired-grace=PT1S"));
        return arguments;
    }

    /** The same raised limits as the Spring contexts of the tests (docs/testing.md), as arguments. */
    private static List<String> raisedRateLimits() {
        Properties limits = new Properties();
        try (InputStream file = CheckoutLoad.class.getResourceAsStream("/raised-rate-limits.properties")) {
            limits.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return limits.stringPropertyNames().stream().sorted().map(name -> "--" + name + "=" + limits.getProperty(name)).toList();
    }

    /** Three new SKUs, each with {@code stock} units in BER-1 and on sale at 5.00, set up through {@code http}. */
    static List<String> onSale(WebTestClient http, int stock) {
        List<String> skus = List.of(newSku(), newSku(), newSku());
        skus.forEach(sku -> {
            new Checkouts(http).stock(sku, "BER-1", stock);
            new Shop(http).sell(sku, "5.00");
        });
        return skus;
    }

    private static String newSku() {
        return "LOAD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The order of every checkout in the store, acknowledged or not. */
    static List<UUID> checkedOutOrders(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'orderId' FROM "
                + "domain_event_entry WHERE payload_type LIKE '%.CartCheckedOut'", String.class)
                .stream().map(UUID::fromString).toList();
    }

    /**
     * The orders shipped so far: after a kill, those whose delivery the killed app's simulated carrier would have
     * reported (TrackingUpdates keeps no outbox), and maybe a few just shipped by the app running now.
     */
    static Set<UUID> shippedOrders(JdbcTemplate jdbc) {
        return Set.copyOf(jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry "
                + "WHERE payload_type LIKE '%.OrderShipped'", String.class).stream().map(UUID::fromString).toList());
    }

    /** Waits until every order is delivered or cancelled, and answers how many ended each way. */
    static Map<String, Long> awaitFinal(Checkouts shop, List<UUID> orders) {
        return awaitFinal(shop, orders, Set.of());
    }

    /**
     * As above, but the orders in {@code carrierLost} may also stay shipped: the simulated carrier reports
     * from inside the app that shipped them (TrackingUpdates keeps no outbox), and that app was killed.
     */
    static Map<String, Long> awaitFinal(Checkouts shop, List<UUID> orders, Set<UUID> carrierLost) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<UUID, String> unfinished = new HashMap<>();
            orders.forEach(order -> {
                String status = String.valueOf(shop.statusOf(order));
                if (!FINAL.contains(status) && !(status.equals("SHIPPED") && carrierLost.contains(order))) {
                    unfinished.put(order, status);
                }
            });
            assertThat(unfinished).as("orders not in a final state, with their status").isEmpty();
        });
        return orders.stream().collect(Collectors.groupingBy(shop::statusOf, Collectors.counting()));
    }

    /** No order holds stock any longer (all are settled); what is gone from the shelf is what was shipped. */
    static void stockMatchesTheOrders(Checkouts shop, List<String> skus, int stock, List<UUID> orders) {
        Map<String, Integer> delivered = new HashMap<>();
        for (UUID order : orders) {
            JsonNode read = shop.order(order);
            if (SHIPPED_OR_DELIVERED.contains(read.get("status").asText())) {
                read.get("lines").forEach(line -> delivered.merge(line.get("sku").asText(), line.get("quantity").asInt(), Integer::sum));
            }
        }
        assertThat(delivered).as("units delivered").isNotEmpty();
        for (String sku : skus) {
            assertThat(shop.stockOf(sku, "BER-1")).as("on hand and reserved of %s", sku)
                    .containsExactly(stock - delivered.getOrDefault(sku, 0), 0);
        }
    }

    /**
     * A shipped or delivered order has exactly one payment, captured once at the provider; a cancelled one captured
     * nothing (or had it refunded), and left no hold at the provider.
     */
    static void everyOrderIsPaidOnceOrNotAtAll(Checkouts shop, StripeServer stripe, List<UUID> orders) {
        for (UUID order : orders) {
            var intent = stripe.paymentIntentIdFor("payment_id", CheckoutIds.paymentOf(order).toString());
            List<JsonNode> payments = shop.payments(order);
            if (SHIPPED_OR_DELIVERED.contains(shop.statusOf(order))) {
                assertThat(intent).as("the PaymentIntent of delivered order %s", order).isPresent();
                assertThat(stripe.capturesOf(intent.get())).as("captures of order %s", order).isEqualTo(1);
                assertThat(payments).as("payments of order %s", order).hasSize(1);
                assertThat(payments.get(0).get("status").asText()).as("payment of order %s", order).isEqualTo("CAPTURED");
            } else {
                intent.ifPresent(id -> {
                    assertThat(stripe.capturesOf(id) - stripe.refundsOf(id)).as("money kept for cancelled order %s", order).isLessThanOrEqualTo(0);
                    await().atMost(PATIENCE).until(() -> !stripe.paymentIntent(id).orElseThrow()
                            .get("status").asText().equals("requires_capture"));
                });
            }
        }
    }
}
