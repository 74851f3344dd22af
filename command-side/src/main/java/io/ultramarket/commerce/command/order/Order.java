package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.order.OrderReviewApproved;
import io.ultramarket.commerce.schemas.order.OrderReviewRequested;
import io.ultramarket.commerce.schemas.order.OrderShipmentRequested;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import io.ultramarket.commerce.schemas.order.RejectOrder;
import io.ultramarket.commerce.schemas.order.RequestOrderReview;
import io.ultramarket.commerce.schemas.order.RequestShipment;
import io.ultramarket.commerce.schemas.order.ReturnOrder;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.order.ReviewDecision;
import io.ultramarket.commerce.schemas.order.ReviewOrder;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import io.ultramarket.commerce.schemas.totals.Discount;
import io.ultramarket.commerce.schemas.totals.LineAmounts;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.order.OrderStatus.CANCELLED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.CONFIRMED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.DELIVERED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.IN_REVIEW;
import static io.ultramarket.commerce.schemas.order.OrderStatus.PLACED;
import static io.ultramarket.commerce.schemas.order.OrderStatus.REJECTED;
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
            PLACED, Set.of(IN_REVIEW, CONFIRMED, CANCELLED, REJECTED),
            IN_REVIEW, Set.of(PLACED, CANCELLED, REJECTED),
            CONFIRMED, Set.of(SHIPPED, CANCELLED),
            SHIPPED, Set.of(DELIVERED),
            DELIVERED, Set.of(RETURNED),
            CANCELLED, Set.of(),
            REJECTED, Set.of(),
            RETURNED, Set.of());

    @AggregateIdentifier
    private UUID orderId;
    private OrderStatus status;
    // Kept to tell a redelivered shipment apart from a second, different one.
    private String carrier;
    private String trackingNumber;
    private boolean shipmentRequested;
    private boolean reviewed;
    // What was ordered and what has come back, per SKU, to bound returns and price their refunds.
    private final Map<String, OrderLine> ordered = new LinkedHashMap<>();
    // Each SKU's tax, and whether the zone added it to the price (net prices) or it was inside (gross), to share it
    // out over returns.
    private final Map<String, Money> taxOf = new HashMap<>();
    private boolean taxAdded;
    // Each SKU's share of the order's discounts, shared out over returns like its tax (ADR 0072).
    private final Map<String, Money> discountOf = new HashMap<>();
    // For a tax-exempt buyer, the tax taken out of each SKU's gross price (ADR 0075): never paid, so never refunded.
    private final Map<String, Money> exemptedOf = new HashMap<>();
    // What shipping cost, and the tax in it: given back with the return that brings the last unit back.
    private Money shippingCharged;
    private Money shippingTax;
    private final Map<String, Integer> returned = new HashMap<>();
    private final Set<UUID> returnIds = new HashSet<>();

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
        Money first = command.lines().get(0).unitPrice();
        for (OrderLine line : command.lines()) {
            if (!first.hasSameCurrencyAs(line.unitPrice())) {
                throw new OrderCurrencyMismatch(orderId, first.currency(), line.unitPrice().currency());
            }
        }
        Totals totals = command.totals() == null ? Totals.untaxed(command.lines(), command.shippingOption()) : command.totals();
        apply(new OrderPlaced(orderId, command.cartId(), command.customerId(), command.lines(), totals.total(),
                command.shippingAddress(), command.shippingOption(), command.paymentMethod(), totals));
    }

    @CommandHandler
    public void handle(RequestOrderReview command) {
        if (isAlready(IN_REVIEW)) {
            return;
        }
        apply(new OrderReviewRequested(orderId, command.riskScore(), command.reasons()));
    }

    /**
     * Only an order held for review can be reviewed. Approving puts it back to PLACED (payment goes
     * ahead); rejecting ends it. A repeated decision is a no-op, a contrary one is refused.
     */
    @CommandHandler
    public void handle(ReviewOrder command) {
        if (status != IN_REVIEW) {
            if (status == (command.decision() == ReviewDecision.APPROVE ? PLACED : REJECTED) && reviewed) {
                return;
            }
            throw new IllegalOrderTransition(orderId, status, command.decision() == ReviewDecision.APPROVE ? PLACED
                    : REJECTED, "only an order IN_REVIEW can be reviewed.");
        }
        if (command.decision() == ReviewDecision.APPROVE) {
            apply(new OrderReviewApproved(orderId));
        } else {
            apply(new OrderRejected(orderId, "rejected on review"));
        }
    }

    @CommandHandler
    public void handle(RejectOrder command) {
        if (isAlready(REJECTED)) {
            return;
        }
        apply(new OrderRejected(orderId, command.reason()));
    }

    @CommandHandler
    public void handle(RequestShipment command) {
        if (shipmentRequested) {
            return;
        }
        if (status != CONFIRMED) {
            throw new IllegalOrderTransition(orderId, status, SHIPPED, "only a CONFIRMED order can be handed to a carrier.");
        }
        apply(new OrderShipmentRequested(orderId, command.shippingOption(), command.destination(), command.units()));
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
        boolean sameShipment = command.carrier().equals(carrier) && command.trackingNumber().equals(trackingNumber);
        // Carriers report "dispatched" late or out of order; once the parcel is on its way, a report of the same
        // shipment is old news, not a step back.
        if (sameShipment && (status == DELIVERED || status == RETURNED)) {
            return;
        }
        if (status == SHIPPED && !sameShipment) {
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
        boolean delivered = isAlready(DELIVERED);
        if (!Objects.equals(command.carrier(), carrier) || !Objects.equals(command.trackingNumber(), trackingNumber)) {
            throw new ParcelNotWithCarrier(orderId, command.carrier(), command.trackingNumber());
        }
        if (delivered) {
            return;
        }
        apply(new OrderDelivered(orderId));
    }

    @CommandHandler
    public void handle(CancelOrder command) {
        if (isAlready(CANCELLED)) {
            return;
        }
        apply(new OrderCancelled(orderId, command.reason()));
    }

    /**
     * A return takes back some or all units still out with the customer and prices them at the agreed unit
     * prices less their share of the line's discounts, with their share of the line's tax (added to the refund
     * where the zone added it to the price; the tax was on the discounted amount, ADR 0072); the
     * order becomes RETURNED once every unit is back, and that last return also gives back what shipping cost, as
     * a withdrawal from the whole purchase does in the EU (what was paid for it, after free shipping). A repeated
     * return id changes nothing.
     */
    @CommandHandler
    public void handle(ReturnOrder command) {
        if (returnIds.contains(command.returnId())) {
            return;
        }
        if (status != DELIVERED) {
            throw new IllegalOrderTransition(orderId, status, RETURNED, "only a DELIVERED order can be returned.");
        }
        Map<String, Integer> asked = new LinkedHashMap<>();
        for (ReturnedLine line : command.lines()) {
            asked.merge(line.sku().value(), line.quantity().value(), Integer::sum);
        }
        Money refund = null;
        Money tax = null;
        for (Map.Entry<String, Integer> entry : asked.entrySet()) {
            OrderLine line = ordered.get(entry.getKey());
            int returnable = line == null ? 0 : line.quantity().value() - returned.getOrDefault(entry.getKey(), 0);
            if (entry.getValue() > returnable) {
                throw new ReturnExceedsDelivered(orderId, Sku.of(entry.getKey()),
                        entry.getValue(), returnable);
            }
            Money taxShare = shareBack(taxOf, entry.getKey(), line.quantity().value(), entry.getValue());
            Money discountShare = shareBack(discountOf, entry.getKey(), line.quantity().value(), entry.getValue());
            Money worth = line.unitPrice().times(entry.getValue()).minus(discountShare);
            if (exemptedOf.containsKey(entry.getKey())) {
                worth = worth.minus(shareBack(exemptedOf, entry.getKey(), line.quantity().value(), entry.getValue()));
            }
            worth = taxAdded ? worth.plus(taxShare) : worth;
            refund = refund == null ? worth : refund.plus(worth);
            tax = tax == null ? taxShare : tax.plus(taxShare);
        }
        int unitsOut = ordered.values().stream().mapToInt(line -> line.quantity().value()).sum()
                - returned.values().stream().mapToInt(Integer::intValue).sum();
        int unitsBack = asked.values().stream().mapToInt(Integer::intValue).sum();
        boolean complete = unitsBack == unitsOut;
        if (complete) {
            refund = refund.plus(shippingCharged);
            tax = tax.plus(shippingTax);
        }
        apply(new OrderReturned(orderId, command.returnId(), command.lines(), refund, command.reason(), complete, tax));
    }

    /**
     * The part of a SKU's amount in {@code amounts} (its tax, its discount) that {@code units} more units back take
     * with them: the line's amount shared by units, rounded on the running count (the share of all units back so far
     * less the share of those back before), so the shares of every return of a line add up to its amount exactly.
     */
    private Money shareBack(Map<String, Money> amounts, String sku, int orderedUnits, int units) {
        Money lineAmount = amounts.get(sku);
        int before = returned.getOrDefault(sku, 0);
        return shareOf(lineAmount, before + units, orderedUnits).minus(shareOf(lineAmount, before, orderedUnits));
    }

    private static Money shareOf(Money amount, int units, int of) {
        return Money.rounded(amount.amount().multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(of), 12, RoundingMode.HALF_UP), amount.currency());
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

    @EventSourcingHandler
    public void on(OrderPlaced event) {
        orderId = event.orderId();
        status = PLACED;
        for (OrderLine line : event.lines()) {
            ordered.merge(line.sku().value(), line, (first, second) ->
                    new OrderLine(first.sku(), first.quantity().plus(second.quantity()), first.unitPrice()));
        }
        for (LineAmounts line : event.totals().lines()) {
            taxOf.merge(line.sku().value(), line.tax(), Money::plus);
            Money lineDiscount = line.discounts().stream().map(Discount::amount)
                    .reduce(Money.zero(line.lineTotal().currency()), Money::plus);
            discountOf.merge(line.sku().value(), lineDiscount, Money::plus);
            taxAdded |= line.taxRate() != null && !line.taxRate().included();
            if (event.totals().taxExemption() != null) {
                Money paid = line.lineTotal().minus(lineDiscount);
                exemptedOf.merge(line.sku().value(), paid.minus(line.net()), Money::plus);
            }
        }
        shippingCharged = event.totals().shippingPaid();
        shippingTax = event.totals().shipping().tax();
    }

    @EventSourcingHandler
    public void on(OrderReviewRequested event) {
        status = IN_REVIEW;
    }

    @EventSourcingHandler
    public void on(OrderReviewApproved event) {
        status = PLACED;
        reviewed = true;
    }

    @EventSourcingHandler
    public void on(OrderRejected event) {
        status = REJECTED;
        reviewed = true;
    }

    @EventSourcingHandler
    public void on(OrderShipmentRequested event) {
        shipmentRequested = true;
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
        if (event.returnId() != null) {
            returnIds.add(event.returnId());
        }
        for (ReturnedLine line : event.lines()) {
            returned.merge(line.sku().value(), line.quantity().value(), Integer::sum);
        }
        // Revision 1 returns had no lines and always took the whole order back.
        if (event.complete() || event.lines().isEmpty()) {
            status = RETURNED;
        }
    }

    protected Order() {
        // Axon rebuilds the order from its events through this constructor.
    }
}
