package io.ultramarket.commerce.sagas.parking;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.order.OrderEvent;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptureRequested;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentRefundRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;

import java.util.Optional;
import java.util.UUID;

/**
 * The order an event belongs to, which is how the checkout saga is associated (by {@code orderId}) and so
 * the unit that is parked: a cart's checkout, every order event, every payment event (a payment serves one
 * order) and the stock events of a reservation. Events of no order (a cart being filled, stock received)
 * never reach a checkout saga and are never parked.
 */
public final class OrderSequencing {

    private OrderSequencing() {
    }

    public static Optional<UUID> orderOf(Object payload) {
        return Optional.ofNullable(orderIdOf(payload));
    }

    // PaymentEvent and StockEvent do not declare orderId(), so each record is named; a new payment event
    // is added here too, or it would never be parked (OrderSequencingTest lists them all).
    private static UUID orderIdOf(Object payload) {
        if (payload instanceof OrderEvent event) {
            return event.orderId();
        }
        if (payload instanceof CartCheckedOut event) {
            return event.orderId();
        }
        if (payload instanceof PaymentRequested event) {
            return event.orderId();
        }
        if (payload instanceof PaymentAuthorized event) {
            return event.orderId();
        }
        if (payload instanceof PaymentDeclined event) {
            return event.orderId();
        }
        if (payload instanceof PaymentCaptureRequested event) {
            return event.orderId();
        }
        if (payload instanceof PaymentCaptured event) {
            return event.orderId();
        }
        if (payload instanceof PaymentVoided event) {
            return event.orderId();
        }
        if (payload instanceof PaymentRefundRequested event) {
            return event.orderId();
        }
        if (payload instanceof PaymentRefunded event) {
            return event.orderId();
        }
        if (payload instanceof StockReserved event) {
            return event.orderId();
        }
        if (payload instanceof StockReservationReleased event) {
            return event.orderId();
        }
        if (payload instanceof StockReservationCommitted event) {
            return event.orderId();
        }
        return null;
    }
}
