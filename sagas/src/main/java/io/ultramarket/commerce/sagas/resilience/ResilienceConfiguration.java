package io.ultramarket.commerce.sagas.resilience;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceProperties.class)
class ResilienceConfiguration {

    @Bean
    ProviderResilienceFactory providerResilienceFactory(ResilienceProperties properties,
                                                        ObjectProvider<MeterRegistry> meters) {
        ProviderResilienceFactory factory = new ProviderResilienceFactory(properties);
        meters.ifAvailable(factory::bindTo);
        return factory;
    }

    // Static: a post-processor is created before ordinary beans, without its configuration class.
    @Bean
    static ResilienceDecoration resilienceDecoration(ObjectProvider<ProviderResilienceFactory> resilience) {
        return new ResilienceDecoration(resilience);
    }
}
