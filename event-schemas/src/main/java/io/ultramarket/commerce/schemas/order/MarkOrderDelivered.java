package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Record that the carrier delivered a shipped order. {@code carrier} and {@code trackingNumber} name the
 * parcel: only the carrier that was given it, under that number, can report it delivered.
 */
public record MarkOrderDelivered(@TargetAggregateIdentifier UUID orderId, String carrier, String trackingNumber) {
}
