package io.ultramarket.commerce.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one reader of new events per app instance, shared by every live stream. It starts when the first
 * subscriber arrives and stops when the last one leaves, so an instance nobody watches does not poll.
 * Each run starts at the newest events (see {@link GapAwarePosition#startingAt}), reads what was stored
 * after its position, and emits it strictly in store order, never past a gap that may still fill; after
 * every read it emits the position reached. A full batch is followed by the next read at once; otherwise
 * the tail waits for the next commit it hears of ({@link StoreCommits}: this instance's or another's), or
 * {@code poll-interval} when none comes (or nothing reports them). A failed read is retried with back-off
 * from the same position, so an outage of the database delays the streams but does not break them.
 */
public class EventStoreTail {

    private static final Logger log = LoggerFactory.getLogger(EventStoreTail.class);

    private final EventStoreReads reads;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration gapTimeout;
    private final int batchSize;
    private final Sinks.Empty<Void> stopped = Sinks.empty();
    private final Flux<TailSignal> signals;
    private final StoreCommits commits;

    EventStoreTail(EventStoreReads reads, StoreCommits commits, LiveStreamProperties properties, Clock clock) {
        this.reads = reads;
        this.commits = commits;
        this.clock = clock;
        this.pollInterval = properties.pollInterval();
        this.gapTimeout = properties.gapTimeout();
        this.batchSize = properties.batchSize();
        this.signals = Flux.defer(this::run)
                .takeUntilOther(stopped.asMono())
                .publish()
                .refCount();
    }

    /**
     * The shared, hot stream of new events and reached positions. A subscriber sees what is emitted after it
     * joined; it takes its first signal as the position from which it is live.
     */
    public Flux<TailSignal> signals() {
        return signals;
    }

    /** Ends every stream (at shutdown): clients reconnect, to this instance or another, with Last-Event-ID. */
    void stop() {
        stopped.tryEmitEmpty();
    }

    private Flux<TailSignal> run() {
        return reads.newest(batchSize).collectList()
                .retryWhen(retryReads())
                .map(newestFirst -> GapAwarePosition.startingAt(ascending(newestFirst), gapTimeout, clock.instant()))
                .flatMapMany(this::follow);
    }

    private Flux<TailSignal> follow(GapAwarePosition position) {
        Mono<Read> read = Mono.defer(() -> {
                    // Counted before the query: a commit heard while it runs wakes the next wait at once.
                    long commitsSeen = commits.count();
                    return reads.after(position.value(), batchSize).collectList().map(events -> {
                        List<LiveEvent> run = position.advance(events, clock.instant());
                        return new Read(run, position.value(), events.size() < batchSize || run.size() < events.size(),
                                commitsSeen);
                    });
                })
                .retryWhen(retryReads());
        return read
                .expand(previous -> previous.caughtUp() ? read.delaySubscription(nextCommitAfter(previous)) : read)
                .concatMapIterable(Read::signals);
    }

    /** The next commit heard after the read began, or the poll interval, whichever comes first. */
    private Mono<?> nextCommitAfter(Read previous) {
        return Mono.firstWithSignal(Mono.delay(pollInterval), commits.after(previous.commitsSeen()));
    }

    private RetryBackoffSpec retryReads() {
        return Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(10))
                .doBeforeRetry(retry -> log.warn("Reading new events for live streams failed ({} in a row): {}",
                        retry.totalRetriesInARow() + 1, retry.failure().toString()));
    }

    private static List<LiveEvent> ascending(List<LiveEvent> newestFirst) {
        List<LiveEvent> ascending = new ArrayList<>(newestFirst);
        Collections.reverse(ascending);
        return ascending;
    }

    /**
     * One read of the store: the events it released, the position reached, whether the tail has caught up (a
     * short batch, or a gap that may still fill), so that it waits before reading again, and the commits
     * heard of when it began.
     */
    private record Read(List<LiveEvent> released, long reached, boolean caughtUp, long commitsSeen) {

        List<TailSignal> signals() {
            List<TailSignal> signals = new ArrayList<>(released);
            signals.add(new TailSignal.Reached(reached));
            return signals;
        }
    }
}
