package io.ultramarket.commerce.crash;

import io.ultramarket.commerce.AppClient;
import io.ultramarket.commerce.AppProcess;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.readmodels.QuietStore;
import io.ultramarket.commerce.readmodels.RebuildFromEventZero;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final int SHOPPERS = 12;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 200;
    private static final int STOCK = 1000;

    @Test
    void acknowledgedWorkSurvivesAKillMidFlightAndEveryCheckoutEndsConsistent() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target", "kill-under-load-it")), "app-");
        AppProcess.EmbeddedDatabase database = AppProcess.EmbeddedDatabase.in(home.resolve("postgres"));
        List<String> skus;
        try (StripeServer stripe = StripeServer.start(SECRET_KEY)) {
            List<SentCommand> sent;
            try (AppProcess app = start(home, database, stripe)) {
                WebTestClient http = AppClient.to(app.baseUrl());
                skus = CheckoutLoad.onSale(http, STOCK);
                Shoppers shoppers = new Shoppers(http, skus);
                shoppers.start(SHOPPERS);
                await().atMost(CheckoutLoad.PATIENCE).until(() -> shoppers.acknowledged() >= ACKNOWLEDGED_BEFORE_THE_KILL);
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
                // Shipped before the kill, their delivery reports died with the app (a simulation's, in memory).
                Set<UUID> carrierLost = CheckoutLoad.shippedOrders(jdbc);
                List<UUID> orders = CheckoutLoad.checkedOutOrders(jdbc);
                assertThat(orders).as("checkouts stored").hasSizeGreaterThan(SHOPPERS);
                Checkouts shop = new Checkouts(http);
                Map<String, Long> outcomes = CheckoutLoad.awaitFinal(shop, orders, carrierLost);
                new QuietStore(jdbc).await();
                System.out.printf("[kill-under-load] %d orders: %s%n", orders.size(), outcomes);
                // Both ends are checked below: delivered (declined cards aside) and cancelled (declined cards).
                assertThat(outcomes).containsKeys("DELIVERED", "CANCELLED");

                CheckoutLoad.stockMatchesTheOrders(shop, skus, STOCK, orders);
                CheckoutLoad.everyOrderIsPaidOnceOrNotAtAll(shop, stripe, orders);
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

    private static AppProcess start(Path home, AppProcess.EmbeddedDatabase database, StripeServer stripe) {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(CheckoutLoad.appArguments(stripe, SECRET_KEY));
        return AppProcess.start(home, Map.of(), arguments.toArray(String[]::new));
    }
}
