package io.ultramarket.commerce.sagas.parking;

/** One event of a parked order, waiting: its position in the event store, from where a retry reads it. */
record QueuedEvent(String eventId, long globalIndex, String payloadType) {
}
