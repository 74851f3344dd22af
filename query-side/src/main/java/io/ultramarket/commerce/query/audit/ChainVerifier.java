package io.ultramarket.commerce.query.audit;

import io.ultramarket.commerce.query.eventstore.StoredEvent;
import io.ultramarket.commerce.query.eventstore.StoredEvents;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.security.MessageDigest;

/**
 * Recomputes an aggregate's hash chain from its stored rows, in order, and compares every stored hash with
 * the recomputed one. Reading stops at the first mismatch: everything after it is chained to a changed event.
 */
public class ChainVerifier {

    private final StoredEvents events;

    public ChainVerifier(DatabaseClient database) {
        this.events = new StoredEvents(database);
        // The first SHA-256 of the JVM loads the security providers from disk: pay for that at start-up, not
        // later on a non-blocking R2DBC thread.
        EventHashChain.sha256();
    }

    /** The verification of the aggregate's chain, or empty when it has no events. */
    public Mono<ChainVerification> verify(AggregateType type, String aggregateId) {
        return events.ofAggregate(type.storedName(), aggregateId)
                .scan(Progress.START, Progress::next)
                .skip(1)
                .takeUntil(Progress::broken)
                .reduce((earlier, later) -> later)
                .map(Progress::verification);
    }

    /** How far the chain is verified: the last recomputed hash and count, or the first mismatch. */
    private record Progress(byte[] hash, long events, ChainVerification.EventReference mismatch) {

        static final Progress START = new Progress(EventHashChain.START, 0, null);

        Progress next(StoredEvent event) {
            if (event.sequenceNumber() != events) {
                // The events before this one are gone (its own hash was computed over one of them).
                return new Progress(hash, events, new ChainVerification.EventReference(
                        event.position(), event.sequenceNumber(), event.eventId(), ChainVerification.MISSING));
            }
            byte[] recomputed = EventHashChain.hashOf(hash, event);
            if (!MessageDigest.isEqual(recomputed, event.hash())) {
                return new Progress(hash, events, new ChainVerification.EventReference(
                        event.position(), event.sequenceNumber(), event.eventId(), ChainVerification.REWRITTEN));
            }
            return new Progress(recomputed, events + 1, null);
        }

        boolean broken() {
            return mismatch != null;
        }

        ChainVerification verification() {
            return broken() ? ChainVerification.brokenAt(mismatch) : ChainVerification.intact(events);
        }
    }
}
