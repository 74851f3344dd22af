package io.ultramarket.commerce.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations follow {@code management.observations.enable.spring.security} (off in
 * application.yml, ADR 0079). Off, Spring Security does not wrap its filter chain, authentication and
 * authorization in observations at all: the property alone left every filter wrapped in an observation that its
 * predicate then discarded, at every request (1.3 % of a search's CPU, 4 % of what it allocated).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings(
            @Value("${management.observations.enable.spring.security:true}") boolean observed) {
        // On: all three, as Spring Security observes without this bean (its builder's defaults leave the chain out).
        return observed
                ? SecurityObservationSettings.withDefaults().shouldObserveRequests(true).build()
                : SecurityObservationSettings.noObservations();
    }
}
