package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.projections.analytics.AnalyticsProperties;
import io.ultramarket.commerce.projections.analytics.ClickHouseFactStore;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.query.analytics.Analytics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;
import ru.yandex.clickhouse.ClickHouseDataSource;

import java.time.Clock;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Supplier;

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

    /** The analytics facts' store; the generations engine of every projection runs it (ADR 0051). */
    @Bean
    ClickHouseFactStore clickHouseFactStore(ClickHouse clickHouse, AnalyticsProperties properties, TransientRetry retry) {
        return new ClickHouseFactStore(clickHouse.dataSource(), properties, retry);
    }

    /** Queries read the tables of the generation that answers, as this instance last reconciled it. */
    @Bean
    Analytics analytics(ClickHouse clickHouse, ProjectionRuntime runtime, AnalyticsQueryProperties properties, Clock clock) {
        Supplier<OptionalInt> active = () -> runtime.answering(ClickHouseFactStore.NAME)
                .map(generation -> OptionalInt.of(generation.number())).orElse(OptionalInt.empty());
        return new Analytics(clickHouse.dataSource(), active,
                Schedulers.newBoundedElastic(properties.threads(), properties.queueCapacity(), "analytics"), clock);
    }

    /** The ClickHouse connections, wrapped so that no second {@code DataSource} bean exists. */
    record ClickHouse(ClickHouseDataSource dataSource) {
    }
}
