package io.ultramarket.commerce.sagas.shipping;

/** A shipment the carrier accepted, with the tracking number it gave. */
public record CarrierShipment(String carrier, String trackingNumber) {
}
