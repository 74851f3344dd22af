package io.ultramarket.commerce.embedded;

import io.ultramarket.commerce.AppClient;
import io.ultramarket.commerce.AppProcess;
import io.ultramarket.commerce.Shop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the app costs neither its acknowledged data nor its next start. The embedded PostgreSQL runs
 * in a session of its own (pg_ctl starts it so) and outlives the app's JVM: the app's watchdog stops it
 * when the JVM dies; and when the watchdog died too (the process group was killed), the next start finds
 * the server still running on the data directory, stops it, and starts its own on the same data. The app
 * is the packaged jar in a JVM of its own, its data under target/.
 */
class EmbeddedPostgresKillIT {

    private static final Duration PATIENCE = Duration.ofMinutes(1);

    private Path home;

    @BeforeEach
    void newHome() throws IOException {
        home = Files.createTempDirectory(Files.createDirectories(Path.of("target", "embedded-kill-it")), "app-");
    }

    @Test
    void theWatchdogStopsTheServerOfAKilledAppAndTheNextStartFindsItsData() throws Exception {
        String sku = newSku();
        String position;
        long server;
        try (AppProcess app = start()) {
            position = Shop.positionOf(shop(app).registerStock(sku, "BER-1", 7));
            server = serverPid();
            app.kill9();
        }
        ProcessHandle.of(server).ifPresent(left -> left.onExit().join());
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).as("the server after kill -9 of its app").isNotEqualTo(java.util.Optional.of(true));

        try (AppProcess again = start()) {
            assertStockKept(again, sku, position);
        }
    }

    @Test
    void theNextStartStopsAServerLeftRunningByAKilledProcessGroup() throws Exception {
        String sku = newSku();
        String position;
        long leftover;
        try (AppProcess app = start()) {
            position = Shop.positionOf(shop(app).registerStock(sku, "BER-1", 7));
            leftover = serverPid();
            app.kill9WithDescendants();
        }
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).as("the server left running").contains(true);

        try (AppProcess again = start()) {
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).as("the server left running").isNotEqualTo(java.util.Optional.of(true));
            assertThat(serverPid()).isNotEqualTo(leftover);
            assertStockKept(again, sku, position);
        }
    }

    private AppProcess start() {
        return AppProcess.start(home, Map.of(),
                "--commerce.embedded-postgres.data-directory=" + home.resolve("postgres").toAbsolutePath());
    }

    private long serverPid() {
        return PostmasterPidFile.in(home.resolve("postgres")).orElseThrow().pid();
    }

    private static Shop shop(AppProcess app) {
        return new Shop(AppClient.to(app.baseUrl()));
    }

    /** The registration answered 201 before the kill: its event is in the store, and the read model gets it. */
    private static void assertStockKept(AppProcess app, String sku, String position) {
        Shop shop = shop(app);
        shop.registerStock(sku, "BER-1", 7).expectStatus().isEqualTo(409);
        await().atMost(PATIENCE).untilAsserted(() -> shop.read("/stock/" + sku, position).expectStatus().isOk()
                .expectHeader().valueEquals("Commerce-Consistency", "current")
                .expectBody().jsonPath("$.warehouses[0].onHand").isEqualTo(7));
    }

    private static String newSku() {
        return "MUG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
