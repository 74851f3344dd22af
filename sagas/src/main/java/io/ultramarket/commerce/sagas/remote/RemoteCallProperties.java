package io.ultramarket.commerce.sagas.remote;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the checkout calls the payment provider and the carriers ({@code commerce.remote-calls.*}): each
 * attempt is bounded by {@code timeout}; an unavailable provider is asked again with the same idempotency
 * key, at most {@code maxAttempts} times in all, waiting {@code firstBackoff} doubling up to
 * {@code maxBackoff} in between. The whole is bounded, so a dead provider never holds a processor for long.
 */
@ConfigurationProperties("commerce.remote-calls")
public record RemoteCallProperties(@DefaultValue("4") int maxAttempts,
                                     @DefaultValue("200ms") Duration firstBackoff,
                                     @DefaultValue("2s") Duration maxBackoff,
                                     @DefaultValue("10s") Duration timeout) {

    public RemoteCallProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("commerce.remote-calls.max-attempts must be at least 1, was " + maxAttempts);
        }
    }
}
