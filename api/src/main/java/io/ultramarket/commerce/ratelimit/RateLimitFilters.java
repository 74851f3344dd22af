package io.ultramarket.commerce.ratelimit;

import io.ultramarket.commerce.ratelimit.RequestRateLimits.Side;
import io.ultramarket.commerce.web.client.ClientAddresses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.WebFilter;

import java.security.Principal;

/**
 * The two request limits as web filters. Security's filter chain runs at order -100: the address limit
 * comes before it, the principal limit after it (anonymous requests have only the address limit). The
 * address is the client's as {@link ClientAddresses} tells it (behind trusted proxies only, a forwarded one).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilters {

    @Bean
    RequestRateLimits requestRateLimits(RateLimitProperties properties, ClientBuckets buckets, TooManyRequests tooMany) {
        return new RequestRateLimits(properties, buckets, tooMany);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    WebFilter addressRateLimit(RequestRateLimits limits, ClientAddresses clients) {
        return (exchange, chain) -> limits.spend(exchange, chain, Side.ADDRESS, clients.of(exchange.getRequest()));
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
}
