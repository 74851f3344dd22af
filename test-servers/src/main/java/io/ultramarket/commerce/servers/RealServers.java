package io.ultramarket.commerce.servers;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The real servers of a test run: each one is started the first time a test asks for it, shared by
 * every later test in the same JVM, and stopped when the JVM ends.
 *
 * <p>These statics are mutable state held for the life of the JVM, which production code must not have.
 * They are the one accepted exception: a test run's singleton, because starting Elasticsearch takes 15 s
 * and must happen once per run, not once per test class. Nothing in the app's own code uses this class.
 */
public final class RealServers {

    private static final SharedServer<ElasticsearchServer> ELASTICSEARCH =
            new SharedServer<>("Elasticsearch", () -> ElasticsearchServer.start(ServerHome.temporary("elasticsearch")));
    private static final SharedServer<KafkaServer> KAFKA =
            new SharedServer<>("Kafka", () -> KafkaServer.start(ServerHome.temporary("kafka")));
    private static final SharedServer<ClickHouseServer> CLICKHOUSE =
            new SharedServer<>("ClickHouse", () -> ClickHouseServer.start(ServerHome.temporary("clickhouse")));
    private static final SharedServer<KeycloakServer> KEYCLOAK =
            new SharedServer<>("Keycloak", () -> KeycloakServer.start(ServerHome.temporary("keycloak")));
    private static final SharedServer<SmtpServer> SMTP = new SharedServer<>("SMTP", SmtpServer::start);
    private static final SharedServer<PostgresServer> POSTGRES =
            new SharedServer<>("PostgreSQL", () -> PostgresServer.start(ServerHome.temporary("postgres")));

    private RealServers() {
    }

    public static ElasticsearchServer elasticsearch() {
        return ELASTICSEARCH.get();
    }

    public static KafkaServer kafka() {
        return KAFKA.get();
    }

    public static ClickHouseServer clickHouse() {
        return CLICKHOUSE.get();
    }

    public static KeycloakServer keycloak() {
        return KEYCLOAK.get();
    }

    /** The SMTP server the app sends its emails to; a test reads what it received. */
    public static SmtpServer smtp() {
        return SMTP.get();
    }

    /**
     * A PostgreSQL server apart from the app's embedded one, for tests of the app on a database of its
     * own; each test takes a database with {@link PostgresServer#createDatabase(String)}.
     */
    public static PostgresServer postgres() {
        return POSTGRES.get();
    }

    /**
     * Registers the address of every server but Keycloak and PostgreSQL under the property the app reads
     * (the shared app context has an issuer of its own: see {@link KeycloakServer#ISSUER_URI_PROPERTY}; a
     * {@code spring.datasource.url} would switch it off its embedded database). Pass Spring's registry from
     * a {@code @DynamicPropertySource} method: {@code RealServers.registerSpringProperties(registry::add)}.
     * The values are suppliers, so a server starts only when the app reads its property.
     */
    public static void registerSpringProperties(BiConsumer<String, Supplier<Object>> registry) {
        registry.accept(ElasticsearchServer.URIS_PROPERTY, () -> elasticsearch().url());
        registry.accept(KafkaServer.BOOTSTRAP_SERVERS_PROPERTY, () -> kafka().bootstrapServers());
        registry.accept(ClickHouseServer.URL_PROPERTY, () -> clickHouse().jdbcUrl());
        registry.accept(SmtpServer.HOST_PROPERTY, () -> smtp().springProperties().get(SmtpServer.HOST_PROPERTY));
        registry.accept(SmtpServer.PORT_PROPERTY, () -> smtp().port());
    }
}
