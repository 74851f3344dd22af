package io.ultramarket.commerce.ratelimit;

import io.ultramarket.commerce.ratelimit.RequestRateLimits.Side;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Optional;

/**
 * The two request limits as web filters. Security's filter chain runs at order -100: the address limit
 * comes before it, the principal limit after it (anonymous requests have only the address limit).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilters {

    @Bean
    RequestRateLimits requestRateLimits(RateLimitProperties properties, ClientBuckets buckets, TooManyRequests tooMany) {
        return new RequestRateLimits(properties, buckets, tooMany);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    WebFilter addressRateLimit(RequestRateLimits limits) {
        return (exchange, chain) -> limits.spend(exchange, chain, Side.ADDRESS, addressOf(exchange));
    }

    @Bean
    @Order(0)
    WebFilter principalRateLimit(RequestRateLimits limits) {
        return (exchange, chain) -> exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(Principal::getName)
                .flatMap(subject -> limits.spend(exchange, chain, Side.PRINCIPAL, subject).thenReturn(true))
                .switchIfEmpty(chain.filter(exchange).thenReturn(true))
                .then();
    }

    /**
     * The connection's address, not X-Forwarded-For: behind a proxy, set Spring Boot's
     * {@code server.forward-headers-strategy} so that the address is the client's and not a forged header's.
     * The host string, never a lookup: a forwarded address arrives unresolved, and a lookup would block.
     */
    static String addressOf(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                .map(InetSocketAddress::getHostString)
                .orElse("unknown");
    }
}
