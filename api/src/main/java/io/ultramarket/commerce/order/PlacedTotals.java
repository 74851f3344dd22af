package io.ultramarket.commerce.order;

import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;

/**
 * The breakdown an order was placed with (lines, discounts, shipping, taxes, total: ADR 0065, 0072), from its
 * own {@code OrderPlaced} in the event store: read through Axon, so an order placed before totals existed is
 * upcast like every other reader sees it. The orders read model keeps the total only; its tables' shapes are fixed
 * per generation, and this one fact never changes once the order is placed.
 */
@Component
class PlacedTotals {

    private final EventStore eventStore;

    PlacedTotals(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty for an id with no order. Axon's read blocks: it runs off the event loop. */
    Mono<Totals> of(UUID orderId) {
        return Mono.fromCallable(() -> eventStore.readEvents(orderId.toString()).asStream()
                        .findFirst()
                        .map(EventMessage::getPayload)
                        .filter(OrderPlaced.class::isInstance)
                        .map(placed -> ((OrderPlaced) placed).totals())
                        .orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
