package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * A customer placed an order from a checked-out cart; it now waits for stock and payment. {@code totals} is the
 * checkout's breakdown (subtotal, discounts, shipping, each tax, and the rate and tax of each line), {@code total}
 * what the customer pays. Revision 1 had no {@code totals}: it reads as its lines untaxed with no shipping fee.
 * Revision 3's totals may name a tax exemption (ADR 0075); revision 2's read with none.
 */
@Revision("3")
public record OrderPlaced(UUID orderId, UUID cartId, UUID customerId, List<OrderLine> lines, Money total,
                          @PersonalData(subject = {"customerId", "cartId"}) Address shippingAddress, String shippingOption, @PersonalData(subject = {"customerId", "cartId"}) PaymentMethod paymentMethod,
                          Totals totals)
        implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
        totals = totals == null ? Totals.untaxed(lines, shippingOption) : totals;
    }
}
