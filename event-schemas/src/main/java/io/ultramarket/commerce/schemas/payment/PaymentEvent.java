package io.ultramarket.commerce.schemas.payment;

import java.util.UUID;

/** Everything that can happen to a payment. */
public sealed interface PaymentEvent
        permits PaymentRequested, PaymentAuthorized, PaymentDeclined, PaymentCaptureRequested, PaymentCaptured,
        PaymentVoided, PaymentRefundRequested, PaymentRefunded {

    UUID paymentId();
}
