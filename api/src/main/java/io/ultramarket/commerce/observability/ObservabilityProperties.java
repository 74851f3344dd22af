package io.ultramarket.commerce.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The operators' gauges ({@code commerce.observability.*}).
 *
 * @param gaugeRefresh how often the processors' lag and the sagas' stages are read from the database
 */
@ConfigurationProperties("commerce.observability")
public record ObservabilityProperties(@DefaultValue("15s") Duration gaugeRefresh) {

    public ObservabilityProperties {
        if (gaugeRefresh == null || gaugeRefresh.isZero() || gaugeRefresh.isNegative()) {
            throw new IllegalArgumentException("commerce.observability.gauge-refresh must be a positive duration, was "
                    + gaugeRefresh);
        }
    }
}
