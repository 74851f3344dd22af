package io.ultramarket.commerce.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How often anyone may call the API ({@code commerce.rate-limits.*}, ADR 0032). Zero or unset means the
 * default. Loopback clients are limited like any other.
 *
 * @param enabled           false turns request rate limits off (the stream caps stay)
 * @param standard          every operation but the expensive ones
 * @param expensive         checkout, search, audit exports and past states, webhooks
 * @param maxTrackedClients buckets kept in memory (principals and addresses, each class apart); the least
 *                          recently seen are forgotten first, which only ever gives a client a fresh allowance
 * @param streams           concurrent event streams
 */
@ConfigurationProperties("commerce.rate-limits")
public record RateLimitProperties(Boolean enabled, Allowance standard, Allowance expensive, int maxTrackedClients,
                                  StreamCaps streams) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        standard = Allowance.withDefaults(standard, new Allowance(600, 1200, Duration.ofMinutes(1)));
        expensive = Allowance.withDefaults(expensive, new Allowance(30, 60, Duration.ofMinutes(1)));
        maxTrackedClients = maxTrackedClients <= 0 ? 100_000 : maxTrackedClients;
        streams = StreamCaps.withDefaults(streams);
    }

    Allowance allowanceFor(OperationCost cost) {
        return cost == OperationCost.EXPENSIVE ? expensive : standard;
    }

    /**
     * Requests per period: a bucket of that many tokens, refilled greedily over the period, so a client may
     * spend its allowance in a burst and then gets one request every period/allowance.
     */
    public record Allowance(int perPrincipal, int perAddress, Duration period) {

        static Allowance withDefaults(Allowance given, Allowance defaults) {
            if (given == null) {
                return defaults;
            }
            return new Allowance(given.perPrincipal > 0 ? given.perPrincipal : defaults.perPrincipal,
                    given.perAddress > 0 ? given.perAddress : defaults.perAddress,
                    given.period != null && !given.period.isZero() ? given.period : defaults.period);
        }
    }

    /**
     * @param perPrincipal open streams one principal may hold
     * @param total        open streams on this instance
     * @param retryAfter   what a refused stream is told to wait before trying again
     */
    public record StreamCaps(int perPrincipal, int total, Duration retryAfter) {

        static StreamCaps withDefaults(StreamCaps given) {
            StreamCaps caps = given == null ? new StreamCaps(0, 0, null) : given;
            return new StreamCaps(caps.perPrincipal > 0 ? caps.perPrincipal : 5, caps.total > 0 ? caps.total : 2000,
                    caps.retryAfter != null && !caps.retryAfter.isZero() ? caps.retryAfter : Duration.ofSeconds(5));
        }
    }
}
