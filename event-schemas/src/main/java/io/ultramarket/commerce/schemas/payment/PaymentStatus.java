package io.ultramarket.commerce.schemas.payment;

/** Where a payment stands: requested, authorized, captured, (partially) refunded, or declined / voided. */
public enum PaymentStatus {
    REQUESTED, AUTHORIZED, DECLINED, VOIDED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED
}
