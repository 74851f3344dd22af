package io.ultramarket.commerce.web;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * The Swagger UI's files are read from a jar, and WebFlux reads classpath resources with blocking I/O.
 * Those requests are handled on the bounded elastic scheduler so that they never hold a Netty thread.
 */
@Component
class DocumentationAssetsOffTheEventLoop implements WebFilter {

    private static final List<String> BLOCKING_PREFIXES = List.of("/webjars/", "/swagger-ui");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (BLOCKING_PREFIXES.stream().anyMatch(path::startsWith)) {
            return chain.filter(exchange).subscribeOn(Schedulers.boundedElastic());
        }
        return chain.filter(exchange);
    }
}
