package io.ultramarket.commerce.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon's metrics registry, in place of the one its auto-configuration would make (ADR 0092). */
@Configuration(proxyBeanMethods = false)
class ProcessorMetricsConfiguration {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new BoundedProcessorMetrics(meters);
    }
}
