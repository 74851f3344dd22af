package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.query.analytics.Analytics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import reactor.core.publisher.Mono;

import java.util.function.Function;
import java.util.function.Supplier;

/** The analytics reads when ClickHouse is configured; otherwise every question fails with a 503. */
@Component
class AnalyticsAccess {

    // Looked up once it exists: resolving a provider walks the bean factory's candidates at every call.
    private final Supplier<Analytics> analytics;

    AnalyticsAccess(ObjectProvider<Analytics> analytics) {
        this.analytics = SingletonSupplier.of(analytics::getIfAvailable);
    }

    <T> Mono<T> ask(Function<Analytics, Mono<T>> question) {
        return Mono.defer(() -> question.apply(configured()));
    }

    Analytics configured() {
        Analytics reader = analytics.get();
        if (reader == null) {
            throw new AnalyticsNotConfigured();
        }
        return reader;
    }
}
