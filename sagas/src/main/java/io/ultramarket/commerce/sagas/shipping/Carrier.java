package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.common.Address;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A carrier, as checkout and shipping need it: quote rates for a parcel to a destination, and create a
 * shipment that gets a tracking number. Tracking updates come back later through
 * {@code POST /webhooks/carriers/{carrier}}, signed with {@link io.ultramarket.commerce.sagas.webhook.WebhookSignature}.
 *
 * <p>{@link #createShipment} is safe to repeat: the carrier recognises the shipment id and answers with
 * the first tracking number. Errors: {@link CarrierUnavailable} (timeout, 5xx, open circuit).
 */
public interface Carrier {

    /** The carrier's name as it appears in paths and shipping options, such as {@code parcelpost}. */
    String name();

    /** A quote per service and currency the carrier quotes that service in (ADR 0076). */
    Flux<RateQuote> quote(Parcel parcel, Address destination);

    Mono<CarrierShipment> createShipment(ShipmentRequest request);

    /**
     * True for a carrier simulated inside this app, which posts its own tracking updates and so may sign
     * them with a secret made at start-up; a real carrier's secret must be configured.
     */
    default boolean simulated() {
        return false;
    }
}
