package io.ultramarket.commerce.web;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * The Swagger UI's files (and the console's stylesheet and script) are read from a jar, and WebFlux reads
 * classpath resources with blocking I/O.
 * Those requests are handled on the bounded elastic scheduler so that they never hold a Netty thread.
 * So is the OpenAPI document: springdoc builds it at start on a thread of its own, and a request that
 * comes meanwhile waits on springdoc's lock (BlockHound caught it when ApiFuzzIT was the first test).
 */
@Component
class DocumentationAssetsOffTheEventLoop implements WebFilter {

    private static final List<String> BLOCKING_PREFIXES = List.of("/webjars/", "/swagger-ui", "/v3/api-docs",
            "/console/assets/");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (BLOCKING_PREFIXES.stream().anyMatch(path::startsWith)) {
            return chain.filter(exchange).subscribeOn(Schedulers.boundedElastic());
        }
        return chain.filter(exchange);
    }
}
