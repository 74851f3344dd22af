package io.ultramarket.commerce.schemas.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.common.RevisionUpcaster;

/**
 * Reads {@link PaymentVoided} revision 1 ({@code paymentId, orderId, reason}) as revision 2. Revision 1 did
 * not name the released hold; the provider's reference stays unknown (null), which revision 2 allows.
 */
public final class PaymentVoidedUpcaster extends RevisionUpcaster {

    public PaymentVoidedUpcaster() {
        super(PaymentVoided.class, "1", "2");
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        payload.putNull("providerReference");
    }
}
