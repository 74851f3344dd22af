package io.ultramarket.commerce.load;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The orders that the checkout simulation's shoppers placed, handed to its followers, who read the waiting
 * ones in turn until each shows CONFIRMED. A shopper goes on shopping at once, as a real one would (and as the goal's 8 clients must
 * to reach 240 orders a second); a follower times the order from the checkout's answer until a read first showed
 * it confirmed. Gatling has no metric of its own for a time that spans two virtual users, so this one is kept
 * here, with the project's latency recorder, and written when the simulation ends.
 */
final class OrderConfirmations {

    /** How long after its checkout answered an order is followed before it counts as not confirmed. */
    static final int FOLLOW_LIMIT_SECONDS = 30;
    private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(FOLLOW_LIMIT_SECONDS);

    /** The statuses an order reaches only through CONFIRMED. */
    private static final Set<String> CONFIRMED_OR_LATER = Set.of("CONFIRMED", "SHIPPED", "DELIVERED");
    /** The statuses an order never leaves for CONFIRMED. */
    private static final Set<String> REFUSED = Set.of("CANCELLED", "REJECTED", "RETURNED");

    /** An order to follow: whose it is, when its checkout answered, and whether that was in the measured time. */
    record Placed(String orderId, String token, long answeredAtNanos, boolean measured) {
    }

    private final ConcurrentLinkedQueue<Placed> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger shoppersRunning;
    private final LatencyRecorder visible = new LatencyRecorder(LatencyRecorder.DEFAULT_CAPACITY);
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unconfirmed = new AtomicLong();
    // What the unconfirmed ones last showed (NONE: never found), to tell a slow saga from a stuck one.
    private final Map<String, AtomicLong> unconfirmedByStatus = new ConcurrentSkipListMap<>();

    OrderConfirmations(int shoppers) {
        this.shoppersRunning = new AtomicInteger(shoppers);
    }

    void placed(Placed order) {
        waiting.add(order);
    }

    void shopperDone() {
        shoppersRunning.decrementAndGet();
    }

    /** Followers go on while a shopper may still place an order or one waits for its next read. */
    boolean followersNeeded() {
        return shoppersRunning.get() > 0 || !waiting.isEmpty();
    }

    Optional<Placed> next() {
        return Optional.ofNullable(waiting.poll());
    }

    static boolean isSettled(String status) {
        return status != null && (CONFIRMED_OR_LATER.contains(status) || REFUSED.contains(status));
    }

    /**
     * What a follower's read showed (null: not found yet, or no answer): a settled order, or one past the follow
     * limit, is counted; any other waits for its next read at the back of the queue.
     */
    void read(Placed order, String status, long readAtNanos) {
        if (!isSettled(status) && readAtNanos - order.answeredAtNanos() < FOLLOW_LIMIT.toNanos()) {
            waiting.add(order);
            return;
        }
        if (order.measured()) {
            count(order, status, readAtNanos);
        }
    }

    private void count(Placed order, String lastStatus, long readAtNanos) {
        if (lastStatus != null && CONFIRMED_OR_LATER.contains(lastStatus)) {
            visible.record(readAtNanos - order.answeredAtNanos());
        } else if (lastStatus != null && REFUSED.contains(lastStatus)) {
            refused.incrementAndGet();
        } else {
            unconfirmed.incrementAndGet();
            unconfirmedByStatus.computeIfAbsent(lastStatus == null ? "NONE" : lastStatus, status -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    /**
     * The figures as properties, one per line: orders confirmed among those checked out in the measured time,
     * refused (rejected, cancelled) and not confirmed within the follow limit, the confirmed ones' rate over the
     * measured time, and the time until a read showed each confirmed, in milliseconds.
     */
    String figures(Duration measured) {
        LatencySummary confirmed = visible.summarize();
        return String.format(Locale.ROOT, """
                        orders-confirmed=%d
                        orders-refused=%d
                        orders-unconfirmed=%d
                        unconfirmed-last-status=%s
                        confirmed-per-second=%.1f
                        confirmed-visible-p50-ms=%.1f
                        confirmed-visible-p95-ms=%.1f
                        confirmed-visible-p99-ms=%.1f
                        """, confirmed.count(), refused.get(), unconfirmed.get(),
                unconfirmedByStatus.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                        .collect(Collectors.joining(",")),
                confirmed.count() / (measured.toNanos() / 1e9), confirmed.p50() / 1e6, confirmed.p95() / 1e6,
                confirmed.p99() / 1e6);
    }
}
