package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.query.analytics.Analytics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** The analytics reads when ClickHouse is configured; otherwise every question fails with a 503. */
@Component
class AnalyticsAccess {

    private final ObjectProvider<Analytics> analytics;

    AnalyticsAccess(ObjectProvider<Analytics> analytics) {
        this.analytics = analytics;
    }

    <T> Mono<T> ask(Function<Analytics, Mono<T>> question) {
        return Mono.defer(() -> question.apply(configured()));
    }

    Analytics configured() {
        Analytics reader = analytics.getIfAvailable();
        if (reader == null) {
            throw new AnalyticsNotConfigured();
        }
        return reader;
    }
}
