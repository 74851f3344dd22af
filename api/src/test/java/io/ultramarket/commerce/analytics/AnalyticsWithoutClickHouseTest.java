package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.query.analytics.Analytics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import reactor.test.StepVerifier;

import java.util.UUID;

/** Without commerce.clickhouse.url there is no Analytics bean: every question is refused, none fails otherwise. */
class AnalyticsWithoutClickHouseTest {

    private final AnalyticsAccess notConfigured =
            new AnalyticsAccess(new StaticListableBeanFactory().getBeanProvider(Analytics.class));

    @Test
    void everyAnalyticsQuestionIsRefusedAsNotConfigured() {
        AnalyticsController analytics = new AnalyticsController(notConfigured, null);
        StepVerifier.create(analytics.funnel("2026-11-01", "2026-11-30")).expectError(AnalyticsNotConfigured.class).verify();
        StepVerifier.create(analytics.sales("2026-11-01", "2026-11-30", "week", "sku", "EUR"))
                .expectError(AnalyticsNotConfigured.class).verify();
        StepVerifier.create(analytics.topProducts("2026-11-01", "2026-11-30", 5)).expectError(AnalyticsNotConfigured.class).verify();
        StepVerifier.create(analytics.recommendations("MUG", 5)).expectError(AnalyticsNotConfigured.class).verify();
        StepVerifier.create(new ProductRecommendationsController(notConfigured).recommendations(UUID.randomUUID(), 5))
                .expectError(AnalyticsNotConfigured.class).verify();
    }
}
