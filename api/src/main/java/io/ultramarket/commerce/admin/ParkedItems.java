package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.projections.runtime.DeadLetters;
import io.ultramarket.commerce.sagas.parking.ParkedOrderRetry;
import io.ultramarket.commerce.sagas.parking.ParkedOrders;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything parked, wherever: the dead letters (projections, relays) and the checkout saga's parked orders,
 * as one list for operators, retried and evicted by the id the list shows. An id that is a parked order's is the
 * saga's; any other is a dead letter, retried through its processor (404 when nobody knows it either).
 */
@Component
class ParkedItems {

    private final DeadLetters deadLetters;
    private final ParkedOrders parkedOrders;
    private final ParkedOrderRetry parkedOrderRetry;

    ParkedItems(DeadLetters deadLetters, ParkedOrders parkedOrders, ParkedOrderRetry parkedOrderRetry) {
        this.deadLetters = deadLetters;
        this.parkedOrders = parkedOrders;
        this.parkedOrderRetry = parkedOrderRetry;
    }

    /** Oldest first, at most {@code limit} of them. */
    List<ParkedItem> list(int limit) {
        return Stream.concat(deadLetters.list(limit).stream().map(ParkedItem::of),
                        parkedOrders.list(limit).stream().map(ParkedItem::of))
                .sorted(Comparator.comparing(ParkedItem::enqueuedAt).thenComparing(ParkedItem::id))
                .limit(limit)
                .toList();
    }

    /** @return true when it was handled this time and is no longer parked */
    boolean retry(String id) {
        Optional<UUID> order = parkedOrder(id);
        return order.isPresent() ? parkedOrderRetry.retry(order.get()) : deadLetters.retry(id);
    }

    void evict(String id) {
        Optional<UUID> order = parkedOrder(id);
        if (order.isPresent()) {
            parkedOrderRetry.evict(order.get());
        } else {
            deadLetters.evict(id);
        }
    }

    /** Events waiting, by processor: the saga's (always listed) and each processor with dead letters. */
    Map<String, Long> countsByProcessor() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(parkedOrders.processor(), parkedOrders.queuedEvents());
        counts.putAll(deadLetters.countsByProcessor());
        return counts;
    }

    private Optional<UUID> parkedOrder(String id) {
        UUID orderId;
        try {
            orderId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnOrderId) {
            return Optional.empty();
        }
        return parkedOrders.find(orderId).map(order -> orderId);
    }
}
