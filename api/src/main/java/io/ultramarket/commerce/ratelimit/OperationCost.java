package io.ultramarket.commerce.ratelimit;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which allowance a request spends. Expensive operations cost the shop far more than a read: a checkout
 * starts a saga, reservations and a payment; a search and an export occupy Elasticsearch or the database
 * for long; a webhook's signature is an HMAC over the whole body; a past state replays an aggregate.
 */
enum OperationCost {
    STANDARD, EXPENSIVE;

    private static final Map<HttpMethod, List<PathPattern>> EXPENSIVE_ROUTES = Map.of(
            HttpMethod.POST, patterns("/carts/*/checkout", "/webhooks/**"),
            HttpMethod.GET, patterns("/search", "/search/suggest", "/audit/events", "/audit/*/*/state"));

    static OperationCost of(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        boolean expensive = EXPENSIVE_ROUTES.getOrDefault(request.getMethod(), List.of()).stream()
                .anyMatch(pattern -> pattern.matches(path));
        return expensive ? EXPENSIVE : STANDARD;
    }

    private static List<PathPattern> patterns(String... routes) {
        return Arrays.stream(routes).map(PathPatternParser.defaultInstance::parse).toList();
    }
}
