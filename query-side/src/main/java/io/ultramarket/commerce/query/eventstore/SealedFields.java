package io.ultramarket.commerce.query.eventstore;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;

/**
 * Opens the personal fields a stored payload holds sealed (ADR 0069): their values, or {@code erased} once their
 * subject's key was destroyed. Given by the app, which holds the keys; the auditors' and the live streams' reads
 * show payloads opened, while the chain verification reads the stored bytes.
 */
@FunctionalInterface
public interface SealedFields {

    /** What every sealed field begins with in the stored JSON. */
    byte[] MARK = "{\"enc\":\"v1\"".getBytes(StandardCharsets.UTF_8);

    /** A payload's (or metadata's) JSON with its sealed fields opened. May block on a key's lookup: never on the event loop. */
    byte[] open(byte[] payload);

    /**
     * The events with their payloads and metadata opened, in their order. Only an event that holds a sealed field
     * moves to a thread that may block, so that the rest costs a byte search.
     */
    default Flux<StoredEvent> openAll(Flux<StoredEvent> events) {
        return events.concatMap(event -> holdsSealed(event.payload()) || holdsSealed(event.metadata())
                ? Mono.fromCallable(() -> opened(event)).subscribeOn(Schedulers.boundedElastic())
                : Mono.just(event));
    }

    private static boolean holdsSealed(byte[] payload) {
        if (payload == null) {
            return false;
        }
        outer:
        for (int i = 0; i <= payload.length - MARK.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (payload[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private StoredEvent opened(StoredEvent event) {
        return new StoredEvent(event.position(), event.eventId(), event.aggregateId(), event.sequenceNumber(),
                event.aggregateType(), event.timestamp(), event.payloadType(), event.revision(), openIfSealed(event.payload()),
                openIfSealed(event.metadata()), event.hash());
    }

    private byte[] openIfSealed(byte[] stored) {
        return holdsSealed(stored) ? open(stored) : stored;
    }
}
