package io.ultramarket.commerce.sagas.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The built-in simulated provider ({@code commerce.payments.simulated.*}).
 *
 * @param latency     how long each call takes
 * @param failureRate the share of calls (0 to 1) that fail as "unavailable" before doing anything, as a
 *                    provider outage would
 */
@ConfigurationProperties("commerce.payments.simulated")
public record SimulatedPaymentProperties(@DefaultValue("20ms") Duration latency,
                                         @DefaultValue("0") double failureRate) {

    public SimulatedPaymentProperties {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("commerce.payments.simulated.failure-rate must be between 0 and 1, was " + failureRate);
        }
    }
}
