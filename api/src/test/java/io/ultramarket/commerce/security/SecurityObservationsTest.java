package io.ultramarket.commerce.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Security wraps its work in observations only when the operator's property asks for them. */
class SecurityObservationsTest {

    @Test
    void offTheChainAuthenticationAndAuthorizationAreNotWrapped() {
        SecurityObservationSettings settings = new SecurityObservations().securityObservationSettings(false);

        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }

    @Test
    void onAllThreeAreObserved() {
        SecurityObservationSettings settings = new SecurityObservations().securityObservationSettings(true);

        assertThat(settings.shouldObserveRequests()).isTrue();
        assertThat(settings.shouldObserveAuthentications()).isTrue();
        assertThat(settings.shouldObserveAuthorizations()).isTrue();
    }
}
