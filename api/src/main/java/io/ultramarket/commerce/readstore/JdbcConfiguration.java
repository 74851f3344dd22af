package io.ultramarket.commerce.readstore;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayConnectionDetails;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC pool that Axon, the projections and Flyway use, for the embedded server and an external
 * database alike. Spring Boot's DataSource auto-configuration cannot be left to do it: it backs off as
 * soon as an R2DBC ConnectionFactory exists (it assumes an app uses one or the other), and this app always
 * has one for its reads. Without this, the app did not start on an external database at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataSourceProperties.class)
class JdbcConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(JdbcConnectionDetails database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.getJdbcUrl());
        dataSource.setUsername(database.getUsername());
        dataSource.setPassword(database.getPassword());
        dataSource.setDriverClassName(database.getDriverClassName());
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrationRole(DatabaseAddress app, FlywayConnectionDetails migrations) {
        return new MigrationRole(app, migrations);
    }

    /** The database {@code spring.datasource.url}, {@code .username} and {@code .password} name. */
    @Bean
    @Conditional(ExternalDatabase.Named.class)
    DatabaseAddress externalDatabase(DataSourceProperties properties) {
        return new DatabaseAddress(properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
    }
}
