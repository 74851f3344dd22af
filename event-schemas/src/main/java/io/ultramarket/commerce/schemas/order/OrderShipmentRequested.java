package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.schemas.common.Address;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A shipment of the confirmed order was requested from a carrier; it ships once the carrier gives a tracking number. */
@Revision("1")
public record OrderShipmentRequested(UUID orderId, String shippingOption, @PersonalData(subject = "orderId") Address destination, int units)
        implements OrderEvent {
}
