package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.projections.runtime.DeadLetterEntry;
import io.ultramarket.commerce.sagas.parking.ParkedOrder;

import java.time.Instant;

/**
 * One entry of {@code GET /admin/dead-letters}: a processor's dead letter (one event; {@code sequence} its
 * aggregate, or a relay's payment or order) or a parked order of the checkout saga (the order,
 * {@code sequence} its id, with the event it failed on, how often it failed and how many of its events
 * wait). Both are retried and evicted by id.
 */
record ParkedItem(String kind, String id, String processor, String sequence, String eventType, String eventId,
                  String causeType, String causeMessage, Instant enqueuedAt, Integer attempts, Integer queuedEvents) {

    static final String DEAD_LETTER = "dead-letter";
    static final String PARKED_ORDER = "parked-order";

    static ParkedItem of(DeadLetterEntry letter) {
        return new ParkedItem(DEAD_LETTER, letter.id(), letter.processor(), letter.sequence(), letter.eventType(),
                letter.eventId(), letter.causeType(), letter.causeMessage(), letter.enqueuedAt(), null, null);
    }

    static ParkedItem of(ParkedOrder order) {
        return new ParkedItem(PARKED_ORDER, order.orderId().toString(), order.processor(), order.orderId().toString(),
                order.failingEventType(), order.failingEventId(), order.causeType(), order.causeMessage(),
                order.parkedAt(), order.attempts(), order.queuedEvents());
    }
}
