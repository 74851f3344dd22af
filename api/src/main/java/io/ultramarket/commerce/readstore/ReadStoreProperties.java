package io.ultramarket.commerce.readstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The non-blocking (R2DBC) connections that serve HTTP reads. They reach the same PostgreSQL as the
 * JDBC side; by default the R2DBC address is derived from the JDBC URL so that one setting configures both.
 *
 * @param maxConnections pool size of R2DBC connections (0 means 16)
 */
@ConfigurationProperties("commerce.read-store")
public record ReadStoreProperties(int maxConnections) {

    public ReadStoreProperties {
        if (maxConnections < 0) {
            throw new IllegalArgumentException("commerce.read-store.max-connections must not be negative");
        }
        maxConnections = maxConnections == 0 ? 16 : maxConnections;
    }
}
