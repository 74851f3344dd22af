package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.common.Address;

import java.util.UUID;

/** Send an order's parcel with one of the carrier's services; the order id is the carrier's reference. */
public record ShipmentRequest(UUID orderId, String service, Parcel parcel, Address destination) {
}
