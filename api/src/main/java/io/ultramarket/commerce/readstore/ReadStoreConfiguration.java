package io.ultramarket.commerce.readstore;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import org.postgresql.Driver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Properties;

/**
 * Wires the two ways into PostgreSQL: JDBC (Axon, projections, blocking, on worker threads) and R2DBC
 * (HTTP reads, non-blocking). The JDBC transaction manager is declared here on purpose: with R2DBC on the
 * classpath Spring Boot would otherwise register only a reactive one, and Axon would silently run without
 * transactions, losing the exactly-once link between a projection's rows and its token.
 */
@Configuration(proxyBeanMethods = false)
class ReadStoreConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(javax.sql.DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean(destroyMethod = "dispose")
    @Conditional(NoReactiveAddressConfigured.class)
    ConnectionPool connectionFactory(JdbcConnectionDetails database, ReadStoreProperties properties) {
        Properties jdbc = Driver.parseURL(database.getJdbcUrl(), null);
        if (jdbc == null) {
            throw new IllegalStateException("cannot derive an R2DBC address from " + database.getJdbcUrl()
                    + "; set spring.r2dbc.url");
        }
        String user = database.getUsername() != null ? database.getUsername() : jdbc.getProperty("user");
        String password = database.getPassword() != null ? database.getPassword() : jdbc.getProperty("password");
        var connection = PostgresqlConnectionConfiguration.builder()
                .host(jdbc.getProperty("PGHOST").split(",")[0])
                .port(Integer.parseInt(jdbc.getProperty("PGPORT").split(",")[0]))
                .database(jdbc.getProperty("PGDBNAME"))
                .username(user)
                .password(password == null ? "" : password)
                .build();
        return new ConnectionPool(ConnectionPoolConfiguration.builder(new PostgresqlConnectionFactory(connection))
                .maxSize(properties.maxConnections())
                .initialSize(Math.min(2, properties.maxConnections()))
                .build());
    }

    @Bean
    @ConditionalOnMissingBean
    DatabaseClient databaseClient(ConnectionFactory connectionFactory) {
        return DatabaseClient.create(connectionFactory);
    }
}
