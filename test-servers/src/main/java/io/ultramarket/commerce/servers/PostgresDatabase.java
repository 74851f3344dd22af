package io.ultramarket.commerce.servers;

import java.util.Map;

/**
 * One database of a {@link PostgresServer} with the user that owns it: what an app is given in
 * {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD}.
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:41234/orders_it}
 */
public record PostgresDatabase(String jdbcUrl, String username, String password) {

    /** The Spring Boot properties that point an app at this database. */
    public Map<String, String> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", username,
                "spring.datasource.password", password);
    }
}
