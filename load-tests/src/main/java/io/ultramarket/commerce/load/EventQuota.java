package io.ultramarket.commerce.load;

/**
 * How many events a run still has to store, shared by its clients. A client claims one before each request
 * that stores one event; the claim is settled as stored, or given back when the request failed, so that
 * the run ends with exactly the events it wanted. Too many failures end the run instead: an app that refuses
 * everything is not asked forever.
 */
final class EventQuota {

    private final long wanted;
    private final long maxFailures;
    private long produced;
    private long inFlight;
    private long failures;

    EventQuota(long wanted, long maxFailures) {
        if (wanted < 0 || maxFailures < 1) {
            throw new IllegalArgumentException("wanted must be at least 0 and maxFailures at least 1");
        }
        this.wanted = wanted;
        this.maxFailures = maxFailures;
    }

    /** True when the caller may send one more event-storing request, which it must then settle. */
    synchronized boolean claim() {
        if (gaveUp() || produced + inFlight >= wanted) {
            return false;
        }
        inFlight++;
        return true;
    }

    /** The claimed event was stored. */
    synchronized void stored() {
        settle();
        produced++;
    }

    /** The claimed event was not stored: someone may claim it again. */
    synchronized void failed() {
        settle();
        failures++;
    }

    /** Events stored without a claim, such as the registrations of the stock items before the run. */
    synchronized void producedUnclaimed(long events) {
        produced += events;
    }

    synchronized long produced() {
        return produced;
    }

    synchronized long failures() {
        return failures;
    }

    synchronized boolean isMet() {
        return produced >= wanted;
    }

    synchronized boolean gaveUp() {
        return failures >= maxFailures;
    }

    private void settle() {
        if (inFlight == 0) {
            throw new IllegalStateException("settled an event that was never claimed");
        }
        inFlight--;
    }
}
