package io.ultramarket.commerce.projections.merchantwebhook;

import io.ultramarket.commerce.projections.merchantwebhook.WebhookOutboxFiller.EndpointSpan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which events an endpoint receives is decided by the event's own time, as PostgreSQL compared it before. */
class EndpointSpanTest {

    private static final Instant REGISTERED = Instant.parse("2026-12-06T10:00:00.000001Z");
    private static final Instant DISABLED = Instant.parse("2026-12-06T11:00:00.000001Z");

    private final EndpointSpan enabledForAnHour = new EndpointSpan(UUID.randomUUID(), REGISTERED, DISABLED);

    @Test
    void anEventFromTheRegistrationOnIsReceived() {
        assertThat(enabledForAnHour.enabledAt(REGISTERED)).isTrue();
        assertThat(enabledForAnHour.enabledAt(REGISTERED.minusNanos(1_000))).isFalse();
    }

    @Test
    void anEventAtTheDisablingOrLaterIsNot() {
        assertThat(enabledForAnHour.enabledAt(DISABLED.minusNanos(1_000))).isTrue();
        assertThat(enabledForAnHour.enabledAt(DISABLED)).isFalse();
        assertThat(enabledForAnHour.enabledAt(DISABLED.plusSeconds(1))).isFalse();
    }

    @Test
    void anEndpointNeverDisabledReceivesEverythingAfterItsRegistration() {
        EndpointSpan enabled = new EndpointSpan(UUID.randomUUID(), REGISTERED, null);

        assertThat(enabled.enabledAt(REGISTERED.plusSeconds(86_400 * 365L))).isTrue();
        assertThat(enabled.enabledAt(REGISTERED.minusSeconds(1))).isFalse();
    }

    @Test
    void nanosecondsRoundToTheMicrosecondAsTheDriverSendsThem() {
        // 400 ns before the registration rounds up to it; 600 ns before rounds down to the microsecond before.
        assertThat(enabledForAnHour.enabledAt(REGISTERED.minusNanos(400))).isTrue();
        assertThat(enabledForAnHour.enabledAt(REGISTERED.minusNanos(600))).isFalse();
        assertThat(enabledForAnHour.enabledAt(DISABLED.minusNanos(400))).isFalse();
        assertThat(enabledForAnHour.enabledAt(DISABLED.minusNanos(600))).isTrue();
    }
}
