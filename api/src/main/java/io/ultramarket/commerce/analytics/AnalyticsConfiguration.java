package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.projections.analytics.AnalyticsProperties;
import io.ultramarket.commerce.projections.analytics.AnalyticsRuntime;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import io.ultramarket.commerce.query.analytics.Analytics;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.scheduler.Schedulers;
import ru.yandex.clickhouse.ClickHouseDataSource;

import java.time.Clock;
import java.util.Properties;

/**
 * Analytics runs only when {@code commerce.clickhouse.url} names a ClickHouse server; without it the app
 * starts as before and {@code /analytics} answers 503. The data source stays inside this configuration
 * (not a bean), so Spring Boot's PostgreSQL data source is not replaced by it. The legacy driver class
 * ({@code ru.yandex.clickhouse}) is the one that speaks to the 18.16 server of the test harness (ADR 0023).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(AnalyticsConfiguration.URL_PROPERTY)
@EnableConfigurationProperties({AnalyticsProperties.class, AnalyticsQueryProperties.class})
class AnalyticsConfiguration {

    static final String URL_PROPERTY = "commerce.clickhouse.url";

    @Bean
    ClickHouse clickHouse(@Value("${" + URL_PROPERTY + "}") String url) {
        return new ClickHouse(new ClickHouseDataSource(url, new Properties()));
    }

    @Bean
    AnalyticsRuntime analyticsRuntime(ClickHouse clickHouse, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                      ProjectionProgress progress, EventStore eventStore, TokenStore tokenStore,
                                      TransactionManager axonTransactions, AnalyticsProperties properties,
                                      DeadLetterQueues deadLetterQueues, TransientRetry retry, Clock clock) {
        return new AnalyticsRuntime(clickHouse.dataSource(), jdbc, new TransactionTemplate(transactionManager), progress,
                new StreamingProcessor.Infrastructure(eventStore, tokenStore, axonTransactions), properties,
                deadLetterQueues, retry, clock);
    }

    @Bean
    Analytics analytics(ClickHouse clickHouse, AnalyticsRuntime runtime, AnalyticsQueryProperties properties, Clock clock) {
        return new Analytics(clickHouse.dataSource(), runtime::activeGeneration,
                Schedulers.newBoundedElastic(properties.threads(), properties.queueCapacity(), "analytics"), clock);
    }

    /** The ClickHouse connections, wrapped so that no second {@code DataSource} bean exists. */
    record ClickHouse(ClickHouseDataSource dataSource) {
    }
}
