package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * The customer checked the cart out: its lines, total, shipping address and chosen shipping option and
 * payment method become order {@code orderId}. The cart accepts no change afterwards.
 */
@Revision("1")
public record CartCheckedOut(UUID cartId, UUID orderId, UUID customerId, List<OrderLine> lines, Money total,
                             Address shippingAddress, String shippingOption, PaymentMethod paymentMethod)
        implements CartEvent {

    public CartCheckedOut {
        lines = List.copyOf(lines);
    }
}
