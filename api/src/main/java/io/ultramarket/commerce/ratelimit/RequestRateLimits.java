package io.ultramarket.commerce.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.ultramarket.commerce.ratelimit.RateLimitProperties.Allowance;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Locale;

/**
 * Spends one request of a client's allowance for the request's class, or refuses it with 429. The two
 * filters that use it differ only in who the client is: the address (before security, so that a flood of
 * bad tokens is limited before any signature is checked) and the principal (after it).
 */
final class RequestRateLimits {

    enum Side { ADDRESS, PRINCIPAL }

    private final RateLimitProperties properties;
    private final ClientBuckets buckets;
    private final TooManyRequests tooMany;

    RequestRateLimits(RateLimitProperties properties, ClientBuckets buckets, TooManyRequests tooMany) {
        this.properties = properties;
        this.buckets = buckets;
        this.tooMany = tooMany;
    }

    Mono<Void> spend(ServerWebExchange exchange, WebFilterChain chain, Side side, String client) {
        if (!properties.enabled()) {
            return chain.filter(exchange);
        }
        OperationCost cost = OperationCost.of(exchange.getRequest());
        Allowance allowance = properties.allowanceFor(cost);
        int perPeriod = side == Side.ADDRESS ? allowance.perAddress() : allowance.perPrincipal();
        ConsumptionProbe probe = buckets.take(side + ":" + cost + ":" + client, perPeriod, allowance.period());
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        return tooMany.refuse(exchange, Duration.ofNanos(probe.getNanosToWaitForRefill()),
                "more than " + perPeriod + " " + cost.name().toLowerCase(Locale.ROOT) + " requests per "
                        + allowance.period() + " from this " + side.name().toLowerCase(Locale.ROOT));
    }
}
