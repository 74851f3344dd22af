package io.ultramarket.commerce.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security wraps its filter chain, authentications and authorizations in observations only when the
 * operator's property asks for them; asked, all three, as Spring Security does without the setting.
 */
class SecurityObservationsTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theChainAuthenticationsAndAuthorizationsAreObservedAsThePropertySays(boolean observed) {
        SecurityObservationSettings settings = new SecurityObservations().securityObservationSettings(observed);

        assertThat(settings.shouldObserveRequests()).isEqualTo(observed);
        assertThat(settings.shouldObserveAuthentications()).isEqualTo(observed);
        assertThat(settings.shouldObserveAuthorizations()).isEqualTo(observed);
    }
}
