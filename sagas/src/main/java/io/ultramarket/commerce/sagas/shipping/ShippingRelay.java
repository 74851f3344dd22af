package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.order.OrderShipmentRequested;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Hands paid orders to a carrier: for each shipment request it takes the quote of the checkout's option,
 * creates the shipment, and records the dispatch with the carrier's tracking number. Runs
 * on its own processor ({@value #PROCESSING_GROUP}); a carrier that cannot be reached now propagates, and
 * the event is tried again later. Any other failure parks the order's shipment request for an operator
 * while other orders ship (ADR 0049). Creating a shipment is idempotent by order id.
 */
@Component
@ProcessingGroup(ShippingRelay.PROCESSING_GROUP)
class ShippingRelay {

    static final String PROCESSING_GROUP = "shipping";

    private static final Logger log = LoggerFactory.getLogger(ShippingRelay.class);

    private final ShippingRates rates;
    private final ShippingProperties properties;
    private final CommandGateway commands;

    ShippingRelay(ShippingRates rates, ShippingProperties properties, CommandGateway commands) {
        this.rates = rates;
        this.properties = properties;
        this.commands = commands;
    }

    @EventHandler
    void on(OrderShipmentRequested requested) {
        Parcel parcel = properties.parcelOf(requested.units());
        RateQuote quote = carrierCall(rates.choose(requested.shippingOption(), parcel, requested.destination()));
        if (quote == null) {
            // Checkout refuses an option no carrier offers; an order that still names one (placed before that
            // check) waits, parked, for an operator rather than ship with a service nobody paid for.
            throw new IllegalStateException("no carrier offers " + requested.shippingOption() + " for order "
                    + requested.orderId());
        }
        Carrier carrier = rates.carrier(quote.carrier()).orElseThrow();
        CarrierShipment shipment = carrierCall(carrier.createShipment(
                new ShipmentRequest(requested.orderId(), quote.service(), parcel, requested.destination())));
        try {
            commands.sendAndWait(new ShipOrder(requested.orderId(), shipment.carrier(), shipment.trackingNumber()));
        } catch (RuntimeException refused) {
            log.warn("Order {} was not shipped with {} {}: {}", requested.orderId(), shipment.carrier(),
                    shipment.trackingNumber(), refused.getMessage());
        }
    }

    /** Bounded and retried by the resilience4j decorator around every {@link Carrier} bean (ADR 0018). */
    private static <T> T carrierCall(Mono<T> call) {
        return call.block();
    }
}
