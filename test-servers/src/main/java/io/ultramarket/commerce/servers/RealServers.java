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

    /**
     * A PostgreSQL server apart from the app's embedded one, for tests of the app on a database of its
     * own; each test takes a database with {@link PostgresServer#createDatabase(String)}.
     */
    public static PostgresServer postgres() {
        return POSTGRES.get();
    }

    /**
     * Registers every server's address under the property the app reads. Pass Spring's registry from a
     * {@code @DynamicPropertySource} method: {@code RealServers.registerSpringProperties(registry::add)}.
     * The values are suppliers, so a server starts only when the app reads its property. PostgreSQL is not
     * among them: a {@code spring.datasource.url} would switch every such app off its embedded database.
     */
    public static void registerSpringProperties(BiConsumer<String, Supplier<Object>> registry) {
        registry.accept(ElasticsearchServer.URIS_PROPERTY, () -> elasticsearch().url());
        registry.accept(KafkaServer.BOOTSTRAP_SERVERS_PROPERTY, () -> kafka().bootstrapServers());
        registry.accept(ClickHouseServer.URL_PROPERTY, () -> clickHouse().jdbcUrl());
    }
}
