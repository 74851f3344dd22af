package io.ultramarket.commerce.ratelimit;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Caps the event streams open at once, per principal and in total on this instance: each holds a
 * connection, a place in the event-store tail and a buffer for as long as the client likes. The count
 * is released once, when the stream ends (completed, failed, cancelled) or its connection closes. After security, so
 * the principal is known; streams need a token, so there is no anonymous stream to count.
 */
@Component
@Order(10)
class StreamConnectionCaps implements WebFilter {

    private static final List<PathPattern> STREAMS = Stream.of("/orders/*/stream", "/stream/orders",
            "/admin/projections/*/stream").map(PathPatternParser.defaultInstance::parse).toList();

    private final RateLimitProperties.StreamCaps caps;
    private final TooManyRequests tooMany;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, Integer> openByPrincipal = new ConcurrentHashMap<>();

    StreamConnectionCaps(RateLimitProperties properties, TooManyRequests tooMany) {
        this.caps = properties.streams();
        this.tooMany = tooMany;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isStream(exchange)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(Principal::getName)
                .flatMap(subject -> admitted(exchange, chain, subject).thenReturn(true))
                .switchIfEmpty(chain.filter(exchange).thenReturn(true))
                .then();
    }

    private Mono<Void> admitted(ServerWebExchange exchange, WebFilterChain chain, String subject) {
        if (open.incrementAndGet() > caps.total()) {
            open.decrementAndGet();
            return tooMany.refuse(exchange, caps.retryAfter(), "more than " + caps.total()
                    + " event streams are open on this instance");
        }
        int mine = openByPrincipal.merge(subject, 1, Integer::sum);
        if (mine > caps.perPrincipal()) {
            release(subject);
            return tooMany.refuse(exchange, caps.retryAfter(), "this principal already has " + caps.perPrincipal()
                    + " event streams open; close one first");
        }
        // Released once: when the stream ends, or when its connection closes (a client that went away is
        // not always told to the stream itself, which would then hold its place for good).
        AtomicBoolean released = new AtomicBoolean();
        Runnable releaseOnce = () -> {
            if (released.compareAndSet(false, true)) {
                release(subject);
            }
        };
        connectionOf(exchange.getRequest()).ifPresent(connection -> connection.onDispose(releaseOnce::run));
        return chain.filter(exchange).doFinally(signal -> releaseOnce.run());
    }

    /** Reactor Netty's connection under the request; none for a mock request (a test client bound to the context). */
    private static Optional<Connection> connectionOf(ServerHttpRequest request) {
        try {
            return ServerHttpRequestDecorator.getNativeRequest(request) instanceof Connection connection
                    ? Optional.of(connection) : Optional.empty();
        } catch (IllegalStateException noNativeRequest) {
            return Optional.empty();
        }
    }

    private void release(String subject) {
        open.decrementAndGet();
        // Removed at zero, so that the map holds only principals with open streams.
        openByPrincipal.computeIfPresent(subject, (who, count) -> count <= 1 ? null : count - 1);
    }

    private static boolean isStream(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        return exchange.getRequest().getMethod() == HttpMethod.GET && STREAMS.stream().anyMatch(p -> p.matches(path));
    }
}
