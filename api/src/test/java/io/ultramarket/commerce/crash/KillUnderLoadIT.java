package io.ultramarket.commerce.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.AppClient;
import io.ultramarket.commerce.AppProcess;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.readmodels.QuietStore;
import io.ultramarket.commerce.readmodels.RebuildFromEventZero;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * kill -9 of the app under load (issue 13): concurrent shoppers open carts, add items and check out, paying
 * through the local Stripe server (outside the app, so its authorizations outlive the app), while the app is
 * killed mid-flight and started again on the same data. Then every acknowledged command's events are there,
 * no command is half there, every checkout resumes to a final order with stock and payment consistent, and
 * every read model equals its rebuild from event 0.
 *
 * <p>The packaged app in a JVM of its own ({@link AppProcess}), with its data under target/kill-under-load-it/.
 * Its rate limits are raised (raised-rate-limits.properties), since every shopper calls from loopback.
 */
class KillUnderLoadIT {

    private static final String SECRET_KEY = "sk_test_kill_under_load";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int SHOPPERS = 12;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 200;
    private static final int STOCK = 1000;
    private static final Set<String> FINAL = Set.of("DELIVERED", "CANCELLED");

    @Test
    void acknowledgedWorkSurvivesAKillMidFlightAndEveryCheckoutEndsConsistent() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target", "kill-under-load-it")), "app-");
        AppProcess.EmbeddedDatabase database = AppProcess.EmbeddedDatabase.in(home.resolve("postgres"));
        List<String> skus = List.of(newSku(), newSku(), newSku());
        try (StripeServer stripe = StripeServer.start(SECRET_KEY)) {
            List<SentCommand> sent;
            try (AppProcess app = start(home, database, stripe)) {
                WebTestClient http = AppClient.to(app.baseUrl());
                skus.forEach(sku -> {
                    new Checkouts(http).stock(sku, "BER-1", STOCK);
                    new Shop(http).sell(sku, "5.00");
                });
                Shoppers shoppers = new Shoppers(http, skus);
                shoppers.start(SHOPPERS);
                await().atMost(PATIENCE).until(() -> shoppers.acknowledged() >= ACKNOWLEDGED_BEFORE_THE_KILL);
                app.kill9();
                sent = shoppers.stop();
            }
            System.out.printf("[kill-under-load] %d commands sent, %d acknowledged before the kill%n", sent.size(),
                    sent.stream().filter(SentCommand::acknowledged).count());
            // The kill cut into the load: some commands were in flight or refused at the door.
            assertThat(sent).as("commands not acknowledged").anyMatch(command -> !command.acknowledged());

            try (AppProcess again = start(home, database, stripe)) {
                WebTestClient http = AppClient.to(again.baseUrl());
                JdbcTemplate jdbc = database.jdbc();
                everyCommandIsWhollyThereOrNotAtAll(jdbc, sent);
                List<UUID> orders = jdbc.queryForList("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'orderId' FROM "
                        + "domain_event_entry WHERE payload_type LIKE '%.CartCheckedOut'", String.class)
                        .stream().map(UUID::fromString).toList();
                assertThat(orders).as("checkouts stored").hasSizeGreaterThan(SHOPPERS);
                Checkouts shop = new Checkouts(http);
                await().atMost(PATIENCE).untilAsserted(() -> assertThat(orders.stream()
                        .filter(order -> !FINAL.contains(String.valueOf(shop.statusOf(order)))).toList())
                        .as("orders not in a final state").isEmpty());
                new QuietStore(jdbc).await();
                Map<String, Long> outcomes = orders.stream().collect(Collectors.groupingBy(shop::statusOf, Collectors.counting()));
                System.out.printf("[kill-under-load] %d orders: %s%n", orders.size(), outcomes);
                // Both ends are checked below: delivered (declined cards aside) and cancelled (declined cards).
                assertThat(outcomes).containsKeys("DELIVERED", "CANCELLED");

                stockMatchesTheOrders(shop, skus, orders);
                everyOrderIsPaidOnceOrNotAtAll(shop, stripe, orders);
                RebuildFromEventZero.Comparison rebuild = new RebuildFromEventZero(http, jdbc).run();
                assertThat(rebuild.headAfter()).as("the store's head before and after the rebuild").isEqualTo(rebuild.head());
                assertThat(rebuild.rebuilt()).as("rebuilt read models, differing: %s", rebuild.differing())
                        .isEqualTo(rebuild.live());
            }
        }
    }

    /**
     * The events each command stored, found by its correlation id (the saga's later events carry it too, as
     * {@code system:} principals, and are left out). Every acknowledged command of a kind stored the same
     * number of events, at least one; an unacknowledged one stored that many or none.
     */
    private static void everyCommandIsWhollyThereOrNotAtAll(JdbcTemplate jdbc, List<SentCommand> sent) {
        Map<String, Map<String, Long>> byCorrelation = new HashMap<>();
        jdbc.query("SELECT m ->> 'correlationId', type, aggregate_identifier, count(*) FROM domain_event_entry e, "
                + "LATERAL (SELECT convert_from(e.meta_data, 'UTF8')::jsonb AS m) meta "
                + "WHERE m ->> 'correlationId' LIKE 'kill-%' AND coalesce(m ->> 'principal', '') NOT LIKE 'system:%' "
                + "GROUP BY 1, 2, 3", row -> {
            byCorrelation.computeIfAbsent(row.getString(1), id -> new HashMap<>())
                    .put(row.getString(2) + "/" + row.getString(3), row.getLong(4));
        });
        Map<SentCommand, Long> stored = new HashMap<>();
        sent.forEach(command -> {
            Map<String, Long> events = byCorrelation.getOrDefault(command.correlationId(), Map.of());
            String aggregate = command.aggregateType() + "/" + (command.aggregateId() == null ? "" : command.aggregateId());
            stored.put(command, events.entrySet().stream().filter(entry -> command.aggregateId() == null
                    ? entry.getKey().startsWith(aggregate) : entry.getKey().equals(aggregate)).mapToLong(Map.Entry::getValue).sum());
        });
        Map<String, Set<Long>> acknowledged = sent.stream().filter(SentCommand::acknowledged).collect(
                Collectors.groupingBy(SentCommand::kind, Collectors.mapping(stored::get, Collectors.toSet())));
        assertThat(acknowledged.keySet()).contains("create-cart", "add-item", "check-out");
        assertThat(acknowledged).allSatisfy((kind, counts) -> assertThat(counts)
                .as("events stored by each acknowledged %s", kind).hasSize(1).allMatch(count -> count > 0));
        List<String> halfThere = new ArrayList<>();
        sent.stream().filter(command -> !command.acknowledged()).forEach(command -> {
            long events = stored.get(command);
            long whole = acknowledged.getOrDefault(command.kind(), Set.of(events)).iterator().next();
            if (events != 0 && events != whole) {
                halfThere.add(command + " stored " + events + " of " + whole + " events");
            }
        });
        assertThat(halfThere).as("unacknowledged commands applied in part").isEmpty();
    }

    /** No order holds stock any longer (all are final); what is gone from the shelf is what was delivered. */
    private static void stockMatchesTheOrders(Checkouts shop, List<String> skus, List<UUID> orders) {
        Map<String, Integer> delivered = new HashMap<>();
        for (UUID order : orders) {
            JsonNode read = shop.order(order);
            if (read.get("status").asText().equals("DELIVERED")) {
                read.get("lines").forEach(line -> delivered.merge(line.get("sku").asText(), line.get("quantity").asInt(), Integer::sum));
            }
        }
        assertThat(delivered).as("units delivered").isNotEmpty();
        for (String sku : skus) {
            assertThat(shop.stockOf(sku, "BER-1")).as("on hand and reserved of %s", sku)
                    .containsExactly(STOCK - delivered.getOrDefault(sku, 0), 0);
        }
    }

    /**
     * A delivered order has exactly one payment, captured once at the provider; a cancelled one captured
     * nothing (or had it refunded), and left no hold at the provider.
     */
    private static void everyOrderIsPaidOnceOrNotAtAll(Checkouts shop, StripeServer stripe, List<UUID> orders) {
        for (UUID order : orders) {
            var intent = stripe.paymentIntentIdFor("payment_id", CheckoutIds.paymentOf(order).toString());
            List<JsonNode> payments = shop.payments(order);
            if (shop.statusOf(order).equals("DELIVERED")) {
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

    private static AppProcess start(Path home, AppProcess.EmbeddedDatabase database, StripeServer stripe) throws IOException {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(raisedRateLimits());
        arguments.addAll(List.of(
                "--commerce.payments.provider=stripe",
                "--commerce.payments.stripe.secret-key=" + SECRET_KEY,
                "--commerce.payments.stripe.base-url=" + stripe.url(),
                // Every shopper pays with Stripe's one test card and ships to one address: no ring to hold for review.
                "--commerce.fraud.max-customers-per-card=1000000",
                "--commerce.fraud.max-customers-per-address=1000000",
                // The saga's steps fast enough to watch them end within the test.
                "--commerce.deadlines.poll-every=PT0.5S",
                "--commerce.shipping.dispatch-after=PT0.2S",
                "--commerce.shipping.deliver-after=PT0.5S",
                "--commerce.projections.retired-grace=PT1S"));
        return AppProcess.start(home, Map.of(), arguments.toArray(String[]::new));
    }

    /** The same raised limits as the Spring contexts of the tests (docs/testing.md), as arguments. */
    private static List<String> raisedRateLimits() throws IOException {
        Properties limits = new Properties();
        try (InputStream file = KillUnderLoadIT.class.getResourceAsStream("/raised-rate-limits.properties")) {
            limits.load(file);
        }
        return limits.stringPropertyNames().stream().sorted().map(name -> "--" + name + "=" + limits.getProperty(name)).toList();
    }

    private static String newSku() {
        return "LOAD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
