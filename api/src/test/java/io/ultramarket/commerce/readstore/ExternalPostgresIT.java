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
 * with nothing but the database's address and two roles' credentials in the environment. Flyway creates
 * the tables, as the plain (not super) user that owns the empty database, the app connects as a role of its own, a checkout goes through the saga, and an app
 * started again on the same database finds all of it. The server is a separate process (Debian's
 * PostgreSQL, see test-servers), reached over TCP with a password, by the JDBC and the R2DBC pools alike.
 */
class ExternalPostgresIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Set<String> CONFIRMED_OR_LATER = Set.of("CONFIRMED", "SHIPPED", "DELIVERED");

    @Test
    void theAppRunsOnAnEmptyDatabaseOfItsOwnAndFindsEverythingAgainAfterARestart() {
        PostgresDatabase owner = RealServers.postgres().createDatabase("commerce_external");
        PostgresDatabase app = RealServers.postgres().createLoginRole(owner, "commerce_external_app");
        String sku = "MUG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID cartId;
        UUID orderId;
        int migrations;
        try (ConfigurableApplicationContext context = start(owner, app)) {
            assertThat(context.containsBean("embeddedPostgres")).as("an embedded server was started").isFalse();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("commerce_external");
            migrations = appliedMigrations(jdbc);
            assertThat(migrations).isPositive();
            // Two roles (ADR 0043): the app connects as its own, the migrations ran as the database's owner, and
            // the app's role has no right to rewrite a stored event.
            assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(app.username());
            assertThat(jdbc.queryForList("SELECT DISTINCT installed_by FROM flyway_schema_history", String.class))
                    .containsExactly(owner.username());
            assertThat(jdbc.queryForObject("SELECT has_table_privilege('domain_event_entry', 'UPDATE') "
                    + "OR has_table_privilege('domain_event_entry', 'DELETE') "
                    + "OR has_table_privilege('domain_event_entry', 'TRUNCATE')", Boolean.class)).isFalse();

            WebTestClient http = clientOf(context);
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

        try (ConfigurableApplicationContext context = start(owner, app)) {
            assertThat(appliedMigrations(context.getBean(JdbcTemplate.class))).as("migrations after the restart").isEqualTo(migrations);
            WebTestClient http = clientOf(context);
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
    private static ConfigurableApplicationContext start(PostgresDatabase owner, PostgresDatabase app) {
        Map<String, String> composeEnvironment = Map.of(
                "SPRING_DATASOURCE_URL", app.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", app.username(),
                "SPRING_DATASOURCE_PASSWORD", app.password(),
                "SPRING_FLYWAY_USER", owner.username(),
                "SPRING_FLYWAY_PASSWORD", owner.password(),
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
