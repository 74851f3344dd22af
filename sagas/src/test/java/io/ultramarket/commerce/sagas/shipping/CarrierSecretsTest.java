package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.common.Address;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose webhooks can be verified: configured secrets, and made-up ones only for the carriers simulated here. */
class CarrierSecretsTest {

    private static final ShippingProperties CONFIGURED = new ShippingProperties(500, "DE",
            Map.of("realpost", "whsec_real", "parcelpost", "whsec_configured"), Duration.ofMinutes(5), null,
            Duration.ofSeconds(2), Duration.ofSeconds(10), null);

    @Test
    void aConfiguredSecretIsUsedAsItIs() {
        var secrets = new CarrierSecrets(CONFIGURED, List.of(new Named("realpost", false), new Named("parcelpost", true)));

        assertThat(secrets.secretOf("realpost")).contains("whsec_real");
        assertThat(secrets.secretOf("parcelpost")).contains("whsec_configured");
    }

    @Test
    void aRealCarrierWithoutASecretHasNoneAndASimulatedOneGetsAnUnguessableOne() {
        var noneConfigured = new ShippingProperties(500, "DE", Map.of(), Duration.ofMinutes(5), null,
                Duration.ofSeconds(2), Duration.ofSeconds(10), null);
        var carriers = List.<Carrier>of(new Named("realpost", false), new Named("swiftship", true));

        assertThat(new CarrierSecrets(noneConfigured, carriers).secretOf("realpost")).isEmpty();
        assertThat(new CarrierSecrets(noneConfigured, carriers).secretOf("swiftship")).hasValueSatisfying(secret ->
                assertThat(secret).hasSizeGreaterThan(40)
                        .isNotEqualTo(new CarrierSecrets(noneConfigured, carriers).secretOf("swiftship").orElseThrow()));
        assertThat(new CarrierSecrets(noneConfigured, carriers).secretOf("pigeonpost")).isEmpty();
    }

    private record Named(String name, boolean simulated) implements Carrier {

        @Override
        public Flux<RateQuote> quote(Parcel parcel, Address destination) {
            return Flux.empty();
        }

        @Override
        public Mono<CarrierShipment> createShipment(ShipmentRequest request) {
            return Mono.empty();
        }
    }
}
