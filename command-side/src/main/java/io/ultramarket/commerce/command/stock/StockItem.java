package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.AdjustStock;
import io.ultramarket.commerce.schemas.stock.ClearLowStockThreshold;
import io.ultramarket.commerce.schemas.stock.CommitStockReservation;
import io.ultramarket.commerce.schemas.stock.LowStockCleared;
import io.ultramarket.commerce.schemas.stock.LowStockReached;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdChanged;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdCleared;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReleaseStockReservation;
import io.ultramarket.commerce.schemas.stock.ReserveAvailableStock;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.SetLowStockThreshold;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one SKU in one warehouse. It is the single place that decides whether an order gets units,
 * so it keeps the promise that reserved units are really on hand: available (on hand minus reserved) never
 * drops below zero. Reservations are keyed by order because the order saga delivers its commands at least
 * once, and each order may hold only one reservation per stock item.
 *
 * <p>It also watches its level (ADR 0059): after every change it compares what is available with its
 * low-stock threshold (its own, else the shop's default that Axon hands each handler as {@link LowStockDefault})
 * and says so once when it falls to the threshold or below ({@link LowStockReached}) and once when it is above it
 * again ({@link LowStockCleared}), never on each change in between.
 */
@Aggregate(snapshotTriggerDefinition = "stockItemSnapshotTrigger", cache = "aggregateCache")
public class StockItem {

    /** The most units one stock item may hold (ADR 0030): far below where an int wraps around. */
    static final int MAX_ON_HAND = 1_000_000_000;

    @AggregateIdentifier
    private StockItemId stockItemId;
    private int onHand;
    private final Map<UUID, Integer> reservations = new HashMap<>();
    /** Staff's threshold for this item; null when the shop's default applies. */
    private Integer lowStockThreshold;
    /** Whether the last crossing said low: what makes each crossing said once. */
    private boolean low;

    @CommandHandler
    public StockItem(RegisterStockItem command, LowStockDefault defaults) {
        apply(new StockItemRegistered(command.stockItemId(), command.onHand()));
        // Events applied in a constructor reach the fields only once it returns, so this decides from the command.
        OptionalInt threshold = defaults.threshold();
        if (threshold.isPresent() && command.onHand() <= threshold.getAsInt()) {
            apply(new LowStockReached(command.stockItemId(), command.onHand(), threshold.getAsInt()));
        }
    }

    @CommandHandler
    public void handle(SetLowStockThreshold command, LowStockDefault defaults) {
        if (Integer.valueOf(command.threshold()).equals(lowStockThreshold)) {
            return;
        }
        apply(new LowStockThresholdChanged(stockItemId, command.threshold()));
        watchLevel(defaults);
    }

    @CommandHandler
    public void handle(ClearLowStockThreshold command, LowStockDefault defaults) {
        if (lowStockThreshold == null) {
            return;
        }
        apply(new LowStockThresholdCleared(stockItemId));
        watchLevel(defaults);
    }

    @CommandHandler
    public void handle(ReceiveStock command, LowStockDefault defaults) {
        int quantity = command.quantity().value();
        requireWithinLimit(quantity);
        apply(new StockReceived(stockItemId, command.quantity(), command.receiptReference(), onHand + quantity));
        watchLevel(defaults);
    }

    @CommandHandler
    public void handle(AdjustStock command, LowStockDefault defaults) {
        int reserved = reserved();
        if (onHand + command.delta() < reserved) {
            throw new StockAdjustmentBelowReserved(stockItemId, command.delta(), onHand, reserved);
        }
        requireWithinLimit(command.delta());
        apply(new StockAdjusted(stockItemId, command.delta(), command.reason(), onHand + command.delta()));
        watchLevel(defaults);
    }

    @CommandHandler
    public void handle(ReserveStock command, LowStockDefault defaults) {
        // A redelivered reservation must not hold the units twice; the first quantity stands, even if the
        // repeat asks for another one, because the order's lines cannot change after placement.
        if (reservations.containsKey(command.orderId())) {
            return;
        }
        int requested = command.quantity().value();
        int available = onHand - reserved();
        if (requested > available) {
            throw new InsufficientStock(stockItemId, command.orderId(), requested, available);
        }
        apply(new StockReserved(stockItemId, command.orderId(), command.quantity(), available - requested));
        watchLevel(defaults);
    }

    /**
     * Holds what is available, up to what is asked, and answers how many units the order now holds here.
     * This is how the checkout splits a line across warehouses: the stock item, not a read model, decides
     * how many of its units an order gets. Nothing available is an answer (0), not an error.
     */
    @CommandHandler
    public int handle(ReserveAvailableStock command, LowStockDefault defaults) {
        Integer held = reservations.get(command.orderId());
        if (held != null) {
            return held;
        }
        int available = onHand - reserved();
        int granted = Math.min(command.upTo().value(), available);
        if (granted <= 0) {
            return 0;
        }
        apply(new StockReserved(stockItemId, command.orderId(), Quantity.of(granted), available - granted));
        watchLevel(defaults);
        return granted;
    }

    @CommandHandler
    public void handle(ReleaseStockReservation command, LowStockDefault defaults) {
        Integer held = reservations.get(command.orderId());
        // Compensations are retried until they succeed, and may arrive for an order whose reservation failed
        // or was already released: there is nothing left to give back, and that is not an error.
        if (held == null) {
            return;
        }
        apply(new StockReservationReleased(stockItemId, command.orderId(), Quantity.of(held), command.reason()));
        watchLevel(defaults);
    }

    /**
     * Shipping takes the held units off hand and off the reservations alike, so what is available stays as it
     * was: no crossing to watch for.
     */
    @CommandHandler
    public void handle(CommitStockReservation command) {
        Integer held = reservations.get(command.orderId());
        // Shipping units that were never held could take units promised to another order.
        if (held == null) {
            throw new StockReservationNotFound(stockItemId, command.orderId());
        }
        apply(new StockReservationCommitted(stockItemId, command.orderId(), Quantity.of(held), onHand - held));
    }

    /** Long arithmetic: the check itself must not wrap around. */
    private void requireWithinLimit(long increase) {
        if (onHand + increase > MAX_ON_HAND) {
            throw new StockOnHandLimitExceeded(stockItemId, onHand, increase, MAX_ON_HAND);
        }
    }

    private int reserved() {
        return reservations.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Says a crossing of the threshold in force, after the change just applied. The threshold is judged now,
     * with the default as configured now: a changed default shows at the item's next change, and the event
     * records the threshold it was judged by.
     */
    private void watchLevel(LowStockDefault defaults) {
        OptionalInt threshold = lowStockThreshold != null ? OptionalInt.of(lowStockThreshold) : defaults.threshold();
        int available = onHand - reserved();
        boolean lowNow = threshold.isPresent() && available <= threshold.getAsInt();
        if (lowNow && !low) {
            apply(new LowStockReached(stockItemId, available, threshold.getAsInt()));
        } else if (!lowNow && low) {
            apply(new LowStockCleared(stockItemId, available, threshold.isPresent() ? threshold.getAsInt() : null));
        }
    }

    @EventSourcingHandler
    public void on(StockItemRegistered event) {
        stockItemId = event.stockItemId();
        onHand = event.onHand();
    }

    @EventSourcingHandler
    public void on(StockReceived event) {
        onHand = event.onHand();
    }

    @EventSourcingHandler
    public void on(StockAdjusted event) {
        onHand = event.onHand();
    }

    @EventSourcingHandler
    public void on(StockReserved event) {
        reservations.put(event.orderId(), event.quantity().value());
    }

    @EventSourcingHandler
    public void on(StockReservationReleased event) {
        reservations.remove(event.orderId());
    }

    @EventSourcingHandler
    public void on(StockReservationCommitted event) {
        onHand = event.onHand();
        reservations.remove(event.orderId());
    }

    @EventSourcingHandler
    public void on(LowStockThresholdChanged event) {
        lowStockThreshold = event.threshold();
    }

    @EventSourcingHandler
    public void on(LowStockThresholdCleared event) {
        lowStockThreshold = null;
    }

    @EventSourcingHandler
    public void on(LowStockReached event) {
        low = true;
    }

    @EventSourcingHandler
    public void on(LowStockCleared event) {
        low = false;
    }

    protected StockItem() {
        // Axon rebuilds the stock item from its snapshot and events through this constructor.
    }
}
