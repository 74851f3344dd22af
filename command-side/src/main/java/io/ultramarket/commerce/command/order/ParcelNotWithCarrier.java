package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** A carrier reported on a parcel it was not given: only the carrier holding the parcel speaks for it. */
public class ParcelNotWithCarrier extends DomainRuleViolation {

    public ParcelNotWithCarrier(UUID orderId, String carrier, String trackingNumber) {
        super("Order " + orderId + " has no parcel with " + carrier + " under tracking number " + trackingNumber + ".");
    }
}
