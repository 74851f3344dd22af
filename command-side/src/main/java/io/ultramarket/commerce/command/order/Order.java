package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import io.ultramarket.commerce.schemas.order.ReturnOrder;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.order.OrderStatus.CANCELLED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.CONFIRMED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.DELIVERED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.PLACED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.RETURNED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.SHIPPED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's order and its life cycle. Sagas, the warehouse and carriers drive it and deliver their
 * commands at least once, so repeating the command that led to the current status changes nothing, while
 * any other step the life cycle does not allow (shipping a cancelled order) is refused.
 */
@Aggregate(cache = "aggregateCache")
public class Order {

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            PLACED, Set.of(CONFIRMED, CANCELLED),
            CONFIRMED, Set.of(SHIPPED, CANCELLED),
            SHIPPED, Set.of(DELIVERED),
            DELIVERED, Set.of(RETURNED),
            CANCELLED, Set.of(),
            RETURNED, Set.of());

    @AggregateIdentifier
    private UUID orderId;
    private OrderStatus status;
    // Kept to tell a redelivered shipment apart from a second, different one.
    private String carrier;
    private String trackingNumber;

    /**
     * Placing is idempotent: the order id is fixed by the checkout, and the policy that places orders
     * may deliver the same checkout again (after a retry or a replay). An order that already exists is
     * left as it is instead of failing the redelivery for ever on the store's unique key.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PlaceOrder command) {
        if (status != null) {
            return;
        }
        UUID orderId = command.orderId();
        if (command.lines().isEmpty()) {
            throw new EmptyOrderCannotBePlaced(orderId);
        }
        if (command.shippingAddress() == null) {
            throw new OrderDetailsRequired(orderId, "place", "a shipping address");
        }
        if (isBlank(command.shippingOption())) {
            throw new OrderDetailsRequired(orderId, "place", "a shipping option");
        }
        if (command.paymentMethod() == null) {
            throw new OrderDetailsRequired(orderId, "place", "a payment method");
        }
        Money total = null;
        for (OrderLine line : command.lines()) {
            Money lineTotal = line.lineTotal();
            if (total != null && !total.hasSameCurrencyAs(lineTotal)) {
                throw new OrderCurrencyMismatch(orderId, total.currency(), lineTotal.currency());
            }
            total = total == null ? lineTotal : total.plus(lineTotal);
        }
        apply(new OrderPlaced(orderId, command.cartId(), command.customerId(), command.lines(), total,
                command.shippingAddress(), command.shippingOption(), command.paymentMethod()));
    }

    @CommandHandler
    public void handle(ConfirmOrder command) {
        if (isAlready(CONFIRMED)) {
            return;
        }
        apply(new OrderConfirmed(orderId));
    }

    @CommandHandler
    public void handle(ShipOrder command) {
        if (isBlank(command.carrier())) {
            throw new OrderDetailsRequired(orderId, "ship", "the carrier");
        }
        if (isBlank(command.trackingNumber())) {
            throw new OrderDetailsRequired(orderId, "ship", "the carrier's tracking number");
        }
        if (status == SHIPPED && !(command.carrier().equals(carrier) && command.trackingNumber().equals(trackingNumber))) {
            // Customers already follow the first tracking number; replacing it silently would point them
            // at the wrong parcel.
            throw new IllegalOrderTransition(orderId, SHIPPED, SHIPPED, "it already shipped with " + carrier
                    + " under tracking number " + trackingNumber + ".");
        }
        if (isAlready(SHIPPED)) {
            return;
        }
        apply(new OrderShipped(orderId, command.carrier(), command.trackingNumber()));
    }

    @CommandHandler
    public void handle(MarkOrderDelivered command) {
        if (isAlready(DELIVERED)) {
            return;
        }
        apply(new OrderDelivered(orderId));
    }

    @CommandHandler
    public void handle(CancelOrder command) {
        if (isBlank(command.reason())) {
            throw new OrderDetailsRequired(orderId, "cancel", "the reason for the cancellation");
        }
        if (isAlready(CANCELLED)) {
            return;
        }
        apply(new OrderCancelled(orderId, command.reason()));
    }

    @CommandHandler
    public void handle(ReturnOrder command) {
        if (isBlank(command.reason())) {
            throw new OrderDetailsRequired(orderId, "return", "the reason for the return");
        }
        if (isAlready(RETURNED)) {
            return;
        }
        apply(new OrderReturned(orderId, command.reason()));
    }

    /**
     * True when the order already is in {@code target} (a redelivered command, nothing to do); throws when
     * the life cycle does not lead from the current status to {@code target}.
     */
    private boolean isAlready(OrderStatus target) {
        if (status == target) {
            return true;
        }
        Set<OrderStatus> allowed = NEXT.get(status);
        if (!allowed.contains(target)) {
            throw new IllegalOrderTransition(orderId, status, target, allowed);
        }
        return false;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    public void on(OrderPlaced event) {
        orderId = event.orderId();
        status = PLACED;
    }

    @EventSourcingHandler
    public void on(OrderConfirmed event) {
        status = CONFIRMED;
    }

    @EventSourcingHandler
    public void on(OrderShipped event) {
        status = SHIPPED;
        carrier = event.carrier();
        trackingNumber = event.trackingNumber();
    }

    @EventSourcingHandler
    public void on(OrderDelivered event) {
        status = DELIVERED;
    }

    @EventSourcingHandler
    public void on(OrderCancelled event) {
        status = CANCELLED;
    }

    @EventSourcingHandler
    public void on(OrderReturned event) {
        status = RETURNED;
    }

    protected Order() {
        // Axon rebuilds the order from its events through this constructor.
    }
}
