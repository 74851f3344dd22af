package io.ultramarket.commerce.checkout;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.ultramarket.commerce.DevelopmentTokens;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.CommerceApplication;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payment deadline lives in PostgreSQL, not in the JVM: an app that stops while an order waits for its
 * payment, and starts again on the same database, still cancels the order when the deadline is due. Two
 * separate application contexts, one after the other, on one data folder.
 */
class DeadlineSurvivesRestartIT {

    private static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;

    @Test
    void aPaymentDeadlineScheduledBeforeARestartFiresAfterIt() {
        String sku = Checkouts.newSku("MUG");
        UUID orderId;
        Instant checkedOutAt;
        try (ConfigurableApplicationContext before = start()) {
            var shop = new Checkouts(clientOf(before));
            shop.stock(sku, "BER-1", 2);
            checkedOutAt = Instant.now();
            orderId = shop.checkOut(Map.of(sku, 2), "9.90", SimulatedPaymentProvider.UNRESPONSIVE_TOKEN, "swiftship:economy");
            shop.awaitPayment(orderId, "REQUESTED");
            // The payment timeout and the reservation expiry are rows in db-scheduler's table.
            JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
            await().atMost(Checkouts.PATIENCE).until(() -> deadlines(jdbc) == 2);
            shop.awaitOrder(orderId, "PLACED");
        }

        try (ConfigurableApplicationContext after = start()) {
            var shop = new Checkouts(clientOf(after));
            JsonNode order = shop.awaitOrder(orderId, "CANCELLED");
            assertThat(order.get("timeline").findValuesAsText("reason")).contains("payment timed out");
            assertThat(Instant.parse(order.get("updatedAt").asText())).isAfterOrEqualTo(checkedOutAt.plus(PAYMENT_TIMEOUT));
            shop.awaitPayment(orderId, "VOIDED");
            shop.awaitStock(sku, "BER-1", 2, 0);
            assertThat(deadlines(after.getBean(JdbcTemplate.class))).isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, not builder properties: those are defaults, which application.yml overrides
        // (the data directory would be the developer's own api/data/postgres).
        return new SpringApplicationBuilder(CommerceApplication.class).run(
                "--server.port=0",
                "--commerce.embedded-postgres.data-directory=" + dataDirectory,
                // The folder is new for this test; cleaning it would delete the data when the first app stops.
                "--commerce.embedded-postgres.clean-data-directory=false",
                "--commerce.security.dev-issuer.key-file=" + dataDirectory.resolve("signing-key.json"),
                "--commerce.checkout.payment-timeout=" + PAYMENT_TIMEOUT,
                "--commerce.deadlines.poll-every=PT0.5S");
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext context) {
        return WebTestClient.bindToServer()
                .filter(DevelopmentTokens.filter(user -> context.getBean(DevelopmentIssuer.class).issue(user).accessToken()))
                .baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static int deadlines(JdbcTemplate jdbc) {
        // Recurring tasks (housekeeping, chain checkpoints) have a row of their own: only deadlines count.
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance <> ?", Integer.class,
                RecurringTask.INSTANCE);
        return rows == null ? 0 : rows;
    }
}
