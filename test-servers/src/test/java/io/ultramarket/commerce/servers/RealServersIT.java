package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test run has one server of each kind, and a Spring Boot test finds them (but Keycloak) under the
 * properties it reads.
 */
@ExtendWith(RealServersExtension.class)
class RealServersIT {

    @Test
    void everyTestOfTheRunGetsTheSameServers(ElasticsearchServer elasticsearch, KafkaServer kafka, ClickHouseServer clickHouse,
                                             KeycloakServer keycloak) {
        assertThat(RealServers.elasticsearch()).isSameAs(elasticsearch);
        assertThat(RealServers.kafka()).isSameAs(kafka);
        assertThat(RealServers.clickHouse()).isSameAs(clickHouse);
        assertThat(RealServers.keycloak()).isSameAs(keycloak);
    }

    @Test
    void theSpringHelperRegistersEachAddressUnderThePropertyTheAppReads(ElasticsearchServer elasticsearch, KafkaServer kafka,
                                                                        ClickHouseServer clickHouse, SmtpServer smtp) {
        Map<String, Supplier<Object>> registry = new LinkedHashMap<>();

        RealServers.registerSpringProperties(registry::put);

        // Not Keycloak's issuer: the shared app context has one of its own.
        assertThat(registry).containsOnlyKeys("spring.elasticsearch.uris", "spring.kafka.bootstrap-servers", "commerce.clickhouse.url",
                "spring.mail.host", "spring.mail.port");
        assertThat(registry.get("spring.elasticsearch.uris").get()).isEqualTo(elasticsearch.url());
        assertThat(registry.get("spring.kafka.bootstrap-servers").get()).isEqualTo(kafka.bootstrapServers());
        assertThat(registry.get("commerce.clickhouse.url").get()).isEqualTo(clickHouse.jdbcUrl());
        assertThat(registry.get("spring.mail.host").get()).isEqualTo("127.0.0.1");
        assertThat(registry.get("spring.mail.port").get()).isEqualTo(smtp.port());
        assertThat(elasticsearch.springProperties()).containsEntry("spring.elasticsearch.uris", elasticsearch.url());
        assertThat(kafka.springProperties()).containsEntry("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        assertThat(clickHouse.springProperties()).containsEntry("commerce.clickhouse.url", clickHouse.jdbcUrl());
    }
}
