package io.ultramarket.commerce.schemas.order;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.common.RevisionUpcaster;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads {@link OrderReturned} revision 1 ({@code orderId, reason}) as revision 2. Revision 1 knew only
 * whole-order returns, so the upcast return is complete, lists no lines and states no refund (the refund of
 * that time was recorded on the payment); its id is derived from the order, so every read gives the same one.
 */
public final class OrderReturnedUpcaster extends RevisionUpcaster {

    public OrderReturnedUpcaster() {
        super(OrderReturned.class, "1", "2");
    }

    @Override
    protected void upgrade(ObjectNode payload) {
        String orderId = payload.path("orderId").asText();
        payload.put("returnId", UUID.nameUUIDFromBytes(("whole-order-return:" + orderId)
                .getBytes(StandardCharsets.UTF_8)).toString());
        payload.putArray("lines");
        payload.put("complete", true);
    }
}
