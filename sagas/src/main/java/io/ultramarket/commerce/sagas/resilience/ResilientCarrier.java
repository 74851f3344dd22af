package io.ultramarket.commerce.sagas.resilience;

import io.ultramarket.commerce.sagas.shipping.Carrier;
import io.ultramarket.commerce.sagas.shipping.CarrierShipment;
import io.ultramarket.commerce.sagas.shipping.CarrierUnavailable;
import io.ultramarket.commerce.sagas.shipping.Parcel;
import io.ultramarket.commerce.sagas.shipping.RateQuote;
import io.ultramarket.commerce.sagas.shipping.ShipmentRequest;
import io.ultramarket.commerce.schemas.common.Address;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A carrier whose every call is protected by {@link ProviderResilience}. Quotes are reads, and shipments
 * are recognised by their order id, so both are retried.
 */
public final class ResilientCarrier implements Carrier {

    private final Carrier carrier;
    private final ProviderResilience<CarrierUnavailable> resilience;

    public ResilientCarrier(Carrier carrier, ProviderResilience<CarrierUnavailable> resilience) {
        this.carrier = carrier;
        this.resilience = resilience;
    }

    @Override
    public String name() {
        return carrier.name();
    }

    @Override
    public boolean simulated() {
        return carrier.simulated();
    }

    @Override
    public Flux<RateQuote> quote(Parcel parcel, Address destination) {
        return resilience.protect(Flux.defer(() -> carrier.quote(parcel, destination)));
    }

    @Override
    public Mono<CarrierShipment> createShipment(ShipmentRequest request) {
        return resilience.protect(Mono.defer(() -> carrier.createShipment(request)));
    }
}
