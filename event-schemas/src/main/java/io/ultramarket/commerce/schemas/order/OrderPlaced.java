package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** A customer placed an order from a checked-out cart; it now waits for stock and payment. */
@Revision("1")
public record OrderPlaced(UUID orderId, UUID cartId, UUID customerId, List<OrderLine> lines, Money total,
                          @PersonalData(subject = {"customerId", "cartId"}) Address shippingAddress, String shippingOption, PaymentMethod paymentMethod)
        implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
