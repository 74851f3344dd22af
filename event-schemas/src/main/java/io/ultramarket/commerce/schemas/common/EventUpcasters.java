package io.ultramarket.commerce.schemas.common;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCheckedOutUpcaster;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartCreatedUpcaster;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCartUpcaster;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderReturnedUpcaster;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every upcaster of the contract, in the order they apply: what reads an event stored in an older revision
 * as today's record. The event store is given this chain; a new revision adds its upcaster here.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(
                new OrderReturnedUpcaster(),
                // Returns before taxes (ADR 0065) did not say how much of the refund was tax.
                new FieldAddedUpcaster(OrderReturned.class, "2", "3", "tax"),
                // Orders before the breakdown (ADR 0065) read as their lines, untaxed, with no shipping fee.
                new FieldAddedUpcaster(OrderPlaced.class, "1", "2", "totals"),
                // Totals named no tax exemption before (ADR 0075): none applied.
                new FieldAddedUpcaster(OrderPlaced.class, "2", "3", "totals", "taxExemption"),
                // Revision 1 did not name the released hold: the provider's reference stays unknown.
                new FieldAddedUpcaster(PaymentVoided.class, "1", "2", "providerReference"),
                new ItemAddedToCartUpcaster(),
                new CartCheckedOutUpcaster(),
                new FieldAddedUpcaster(CartCheckedOut.class, "2", "3", "totals"),
                new FieldAddedUpcaster(CartCheckedOut.class, "3", "4", "totals", "taxExemption"),
                new CartCreatedUpcaster(),
                // Carts chose no currency before revision 3: such a cart is in its first line's (ADR 0067).
                new FieldAddedUpcaster(CartCreated.class, "2", "3", "currency"),
                // The shop kept no languages before revision 2 (ADR 0064).
                new FieldAddedUpcaster(CustomerRegistered.class, "1", "2", "language"),
                new FieldAddedUpcaster(CustomerDetailsChanged.class, "1", "2", "language"),
                // Products had no tax category of their own before revision 2: they follow their catalog category (ADR 0075).
                new FieldAddedUpcaster(ProductCreated.class, "1", "2", "taxCategory"));
    }
}
