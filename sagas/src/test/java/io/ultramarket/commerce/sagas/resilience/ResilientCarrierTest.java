package io.ultramarket.commerce.sagas.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.ultramarket.commerce.sagas.shipping.Carrier;
import io.ultramarket.commerce.sagas.shipping.CarrierShipment;
import io.ultramarket.commerce.sagas.shipping.CarrierUnavailable;
import io.ultramarket.commerce.sagas.shipping.Parcel;
import io.ultramarket.commerce.sagas.shipping.RateQuote;
import io.ultramarket.commerce.sagas.shipping.ShipmentRequest;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Carriers get the same protection as the payment provider, one set of instances per carrier. */
class ResilientCarrierTest {

    static final Address DESTINATION = new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE");
    static final ShipmentRequest SHIPMENT = new ShipmentRequest(UUID.randomUUID(), "standard", new Parcel(2, 800),
            DESTINATION);

    @Test
    void aShipmentIsRequestedAgainUntilTheCarrierAnswers() {
        var flaky = new CarrierThatFailsFirst(2);
        Carrier carrier = new ResilientCarrier(flaky, Policies.factory(Policies.quick(3, 100, 10)).forCarrier(flaky.name()));

        CarrierShipment shipment = carrier.createShipment(SHIPMENT).block();

        assertThat(shipment.trackingNumber()).isEqualTo("FLAKY-1");
        assertThat(flaky.calls.get()).isEqualTo(3);
    }

    @Test
    void quotesAreRetriedToo() {
        var flaky = new CarrierThatFailsFirst(1);
        Carrier carrier = new ResilientCarrier(flaky, Policies.factory(Policies.quick(3, 100, 10)).forCarrier(flaky.name()));

        assertThat(carrier.quote(new Parcel(1, 300), DESTINATION).collectList().block())
                .extracting(RateQuote::service).containsExactly("standard");
    }

    @Test
    void aCarrierThatKeepsFailingOpensItsOwnCircuit() {
        var down = new CarrierThatFailsFirst(Integer.MAX_VALUE);
        ProviderResilienceFactory factory = Policies.factory(Policies.quick(1, 50, 10));
        Carrier carrier = new ResilientCarrier(down, factory.forCarrier(down.name()));
        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> carrier.createShipment(SHIPMENT).block()).isInstanceOf(CarrierUnavailable.class);
        }

        assertThatThrownBy(() -> carrier.createShipment(SHIPMENT).block())
                .isInstanceOf(CarrierUnavailable.class)
                .hasCauseInstanceOf(CallNotPermittedException.class);
        assertThat(down.calls.get()).isEqualTo(4);
        assertThat(factory.forCarrier("flaky").circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(factory.forCarrier("parcelpost").circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(factory.forPayments().circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    /** A carrier that is unavailable for its first {@code failures} calls. */
    static final class CarrierThatFailsFirst implements Carrier {

        final AtomicInteger calls = new AtomicInteger();
        private final int failures;

        CarrierThatFailsFirst(int failures) {
            this.failures = failures;
        }

        @Override
        public String name() {
            return "flaky";
        }

        @Override
        public Flux<RateQuote> quote(Parcel parcel, Address destination) {
            return Flux.defer(() -> calls.incrementAndGet() <= failures
                    ? Flux.error(new CarrierUnavailable("flaky is down", null))
                    : Flux.just(new RateQuote("flaky", "standard", Money.of("4.90", "EUR"), 3)));
        }

        @Override
        public Mono<CarrierShipment> createShipment(ShipmentRequest request) {
            return Mono.defer(() -> calls.incrementAndGet() <= failures
                    ? Mono.error(new CarrierUnavailable("flaky is down", null))
                    : Mono.just(new CarrierShipment("flaky", "FLAKY-" + (calls.get() - failures))));
        }
    }
}
