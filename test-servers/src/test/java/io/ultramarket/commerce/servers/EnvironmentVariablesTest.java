package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses reach an app started from a shell as the environment variables Spring Boot binds. */
class EnvironmentVariablesTest {

    @Test
    void aPropertyBecomesTheVariableSpringBootBindsToIt() {
        assertThat(EnvironmentVariables.nameOf("spring.elasticsearch.uris")).isEqualTo("SPRING_ELASTICSEARCH_URIS");
        assertThat(EnvironmentVariables.nameOf("spring.kafka.bootstrap-servers")).isEqualTo("SPRING_KAFKA_BOOTSTRAPSERVERS");
        assertThat(EnvironmentVariables.nameOf("commerce.clickhouse.url")).isEqualTo("COMMERCE_CLICKHOUSE_URL");
    }

    @Test
    void propertiesBecomeVariablesOfTheirNames() {
        assertThat(EnvironmentVariables.of(Map.of("spring.kafka.bootstrap-servers", "127.0.0.1:9092")))
                .containsExactly(Map.entry("SPRING_KAFKA_BOOTSTRAPSERVERS", "127.0.0.1:9092"));
    }

    @Test
    void exportLinesAreSortedAndQuotedForAPosixShell() {
        String lines = EnvironmentVariables.exportLines(Map.of(
                "SPRING_KAFKA_BOOTSTRAPSERVERS", "127.0.0.1:9092",
                "COMMERCE_CLICKHOUSE_URL", "jdbc:clickhouse://127.0.0.1:8123/default?compress=false&x='y'"));

        assertThat(lines).isEqualTo("""
                export COMMERCE_CLICKHOUSE_URL='jdbc:clickhouse://127.0.0.1:8123/default?compress=false&x='\\''y'\\'''
                export SPRING_KAFKA_BOOTSTRAPSERVERS='127.0.0.1:9092'
                """);
    }
}
