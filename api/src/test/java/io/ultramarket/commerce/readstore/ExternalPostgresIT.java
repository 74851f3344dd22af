package io.ultramarket.commerce.readstore;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.AppClient;
import io.ultramarket.commerce.CommerceApplication;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.servers.PostgresDatabase;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.reactive.context.StandardReactiveWebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app on a PostgreSQL server of its own, started the way docker-compose.yml and the README start it:
 * with nothing but the database's address and credentials in the environment. Flyway creates the tables
 * in an empty database that a plain (not super) user owns, a checkout goes through the saga, and an app
 * started again on the same database finds all of it. The server is a separate process (Debian's
 * PostgreSQL, see test-servers), reached over TCP with a password, by the JDBC and the R2DBC pools alike.
 */
class ExternalPostgresIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Set<String> CONFIRMED_OR_LATER = Set.of("CONFIRMED", "SHIPPED", "DELIVERED");

    @Test
    void theAppRunsOnAnEmptyDatabaseOfItsOwnAndFindsEverythingAgainAfterARestart() {
        PostgresDatabase database = RealServers.postgres().createDatabase("commerce_external");
        String sku = "MUG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID cartId;
        UUID orderId;
        int migrations;
        try (ConfigurableApplicationContext app = start(database)) {
            assertThat(app.containsBean("embeddedPostgres")).as("an embedded server was started").isFalse();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("commerce_external");
            migrations = appliedMigrations(jdbc);
            assertThat(migrations).isPositive();

            WebTestClient http = clientOf(app);
            Shop shop = new Shop(http);
            String position = Shop.positionOf(shop.registerStock(sku, "BER-1", 5));
            shop.read("/stock/" + sku, position).expectStatus().isOk()
                    .expectHeader().valueEquals("Commerce-Consistency", "current");
            cartId = shop.createCart();
            shop.addItem(cartId, sku, 2, "9.90").expectStatus().isAccepted();
            orderId = UUID.fromString(shop.checkOut(cartId).expectStatus().isAccepted()
                    .expectBody(JsonNode.class).returnResult().getResponseBody().get("orderId").asText());
            // The saga reserves, screens, authorizes and confirms on the external database's event store.
            await().atMost(PATIENCE).until(() -> statusOf(http, orderId), CONFIRMED_OR_LATER::contains);
        }

        try (ConfigurableApplicationContext app = start(database)) {
            assertThat(appliedMigrations(app.getBean(JdbcTemplate.class))).as("migrations after the restart").isEqualTo(migrations);
            WebTestClient http = clientOf(app);
            assertThat(statusOf(http, orderId)).isIn(CONFIRMED_OR_LATER);
            http.get().uri("/carts/" + cartId).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("CHECKED_OUT");
            http.get().uri("/stock/" + sku).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.warehouses[0].warehouse").isEqualTo("BER-1");
            // The stock item's events are in the store: registering it again is refused, not a second item.
            new Shop(http).registerStock(sku, "BER-1", 5).expectStatus().isEqualTo(409);
        }
    }

    /**
     * What docker-compose.yml gives the app service about its database, as environment variables of the
     * same names (the Elasticsearch, Kafka and ClickHouse addresses it also passes each switch on an
     * optional feature, tested with its server elsewhere). Only the address differs: this test's server.
     */
    private static ConfigurableApplicationContext start(PostgresDatabase database) {
        Map<String, String> composeEnvironment = Map.of(
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "AXON_AXONSERVER_ENABLED", "false");
        return new SpringApplicationBuilder(CommerceApplication.class)
                .environment(withEnvironmentVariables(composeEnvironment))
                .run("--server.port=0", "--commerce.security.dev-issuer.key-file=target/it-external-postgres/signing-key.json");
    }

    /** The app's environment with these variables added to the process's own, where Spring Boot reads them. */
    private static ConfigurableEnvironment withEnvironmentVariables(Map<String, String> variables) {
        return new StandardReactiveWebEnvironment() {
            @Override
            public Map<String, Object> getSystemEnvironment() {
                Map<String, Object> environment = new HashMap<>(super.getSystemEnvironment());
                environment.putAll(variables);
                return environment;
            }
        };
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext app) {
        return AppClient.to("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
    }

    /** The order's status, or "unknown" while the read model has not seen it (404). */
    private static String statusOf(WebTestClient http, UUID orderId) {
        var result = http.get().uri("/orders/" + orderId).exchange().expectBody(JsonNode.class).returnResult();
        return result.getStatus().is2xxSuccessful() ? result.getResponseBody().get("status").asText() : "unknown";
    }

    private static int appliedMigrations(JdbcTemplate jdbc) {
        Integer applied = jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class);
        return applied == null ? 0 : applied;
    }
}
