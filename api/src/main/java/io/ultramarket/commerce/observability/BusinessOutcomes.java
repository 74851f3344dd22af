package io.ultramarket.commerce.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ultramarket.commerce.sagas.shipping.Carrier;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The business's counters, counted where the outcomes are recorded: the events this instance stores.
 * <ul>
 *   <li>{@code commerce.checkout.funnel}, tagged {@code step}: cart_created, checkout_requested, order_placed,
 *       order_rejected, order_confirmed, order_cancelled, order_shipped, order_delivered;</li>
 *   <li>{@code commerce.payments}, tagged {@code outcome}: authorized, declined, captured, voided, refunded;</li>
 *   <li>{@code commerce.shipments}, tagged {@code carrier}: parcels a carrier took (its calls' failures are
 *       Resilience4j's {@code resilience4j.circuitbreaker.calls}).</li>
 * </ul>
 * Counted after the unit of work that stored the events committed, so a rolled-back command counts nothing;
 * never in an aggregate's event sourcing handlers (they run again at every load) nor in a processor (a replay
 * would count history again). Each instance counts what it stored since it started: sum over instances, and
 * read the counters with {@code rate()} or {@code increase()}.
 */
@Component
class BusinessOutcomes implements DisposableBean {

    private final MeterRegistry meters;
    private final Map<Class<?>, Counter> byEvent;
    private final Registration subscription;

    BusinessOutcomes(EventBus events, MeterRegistry meters, List<Carrier> carriers) {
        this.meters = meters;
        // Each carrier's counter exists from the start, at 0, so that a dashboard shows it before its first parcel.
        carriers.forEach(carrier -> shipments(carrier.name()));
        this.byEvent = Map.ofEntries(
                Map.entry(CartCreated.class, funnel("cart_created")),
                Map.entry(CartCheckedOut.class, funnel("checkout_requested")),
                Map.entry(OrderPlaced.class, funnel("order_placed")),
                Map.entry(OrderRejected.class, funnel("order_rejected")),
                Map.entry(OrderConfirmed.class, funnel("order_confirmed")),
                Map.entry(OrderCancelled.class, funnel("order_cancelled")),
                Map.entry(OrderShipped.class, funnel("order_shipped")),
                Map.entry(OrderDelivered.class, funnel("order_delivered")),
                Map.entry(PaymentAuthorized.class, payment("authorized")),
                Map.entry(PaymentDeclined.class, payment("declined")),
                Map.entry(PaymentCaptured.class, payment("captured")),
                Map.entry(PaymentVoided.class, payment("voided")),
                Map.entry(PaymentRefunded.class, payment("refunded")));
        this.subscription = events.subscribe(this::whenCommitted);
    }

    private void whenCommitted(List<? extends EventMessage<?>> stored) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> count(stored));
        } else {
            count(stored);
        }
    }

    private void count(List<? extends EventMessage<?>> stored) {
        for (EventMessage<?> event : stored) {
            Object payload = event.getPayload();
            Counter counter = byEvent.get(payload.getClass());
            if (counter != null) {
                counter.increment();
            }
            if (payload instanceof OrderShipped shipped) {
                shipments(shipped.carrier()).increment();
            }
        }
    }

    private Counter funnel(String step) {
        return Counter.builder("commerce.checkout.funnel").description("Steps of the checkout funnel, as stored")
                .tag("step", step).register(meters);
    }

    private Counter shipments(String carrier) {
        return Counter.builder("commerce.shipments").description("Parcels handed to a carrier, by carrier")
                .tag("carrier", carrier).register(meters);
    }

    private Counter payment(String outcome) {
        return Counter.builder("commerce.payments").description("Payment outcomes, as stored")
                .tag("outcome", outcome).register(meters);
    }

    @Override
    public void destroy() {
        subscription.cancel();
    }
}
