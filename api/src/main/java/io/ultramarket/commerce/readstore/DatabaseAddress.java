package io.ultramarket.commerce.readstore;

import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;

/**
 * Where the app's PostgreSQL is and who it connects as: the embedded server's address, or the one
 * {@code spring.datasource.*} names. The JDBC pool and the R2DBC pool are both built from it, so they
 * always reach the same database.
 */
public record DatabaseAddress(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }
}
