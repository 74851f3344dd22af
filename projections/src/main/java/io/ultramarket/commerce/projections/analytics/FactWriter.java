package io.ultramarket.commerce.projections.analytics;

import io.ultramarket.commerce.projections.poison.OneByOne;
import io.ultramarket.commerce.projections.poison.Refusal;
import io.ultramarket.commerce.projections.poison.TransientFailures;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.poison.Writable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Writes one generation's fact rows to ClickHouse in batches: the rows of several units of work (one per
 * segment) are gathered until there are {@code flushRows} of them, a unit of work arrives full (the
 * processor is catching up, so waiting would only slow it), every segment this instance processes is
 * waiting (no more rows can come), or {@code flushInterval} has passed. Each unit
 * of work waits for the write of its rows before its token is stored, so a token never passes rows that
 * ClickHouse does not have.
 *
 * <p>A write that fails transiently (ClickHouse away or too slow) is tried again with pauses; if it still
 * fails, every waiting unit of work fails: they roll back, their tokens stay, and the processor retries
 * them, so nothing is parked for an outage. A write ClickHouse refuses is done again event by event, so
 * that only the refused event (and the later ones of its aggregate) comes back to its unit of work to be
 * parked, and every other row is written.
 */
final class FactWriter implements AutoCloseable {

    private final DataSource clickHouse;
    private final int generation;
    private final int flushRows;
    private final IntSupplier segmentsHere;
    private final TransientRetry retry;
    private final OneByOne oneByOne;
    private final ScheduledExecutorService timer;
    private final List<Pending> pending = new ArrayList<>();
    private int pendingRows;

    FactWriter(DataSource clickHouse, int generation, int flushRows, Duration flushInterval, IntSupplier segmentsHere,
               TransientRetry retry) {
        this.clickHouse = clickHouse;
        this.retry = retry;
        this.oneByOne = new OneByOne(retry);
        this.generation = generation;
        this.flushRows = flushRows;
        this.segmentsHere = segmentsHere;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "analytics-g" + generation + "-flush");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, flushInterval.toMillis());
        timer.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Hands over a unit of work's events and blocks until their rows are in ClickHouse. Answers the events
     * ClickHouse refused, for the unit of work to park; throws when the write failed transiently.
     */
    List<Refusal> writeAndWait(List<Writable<FactRows>> events, boolean full) {
        if (events.isEmpty()) {
            return List.of();
        }
        CompletableFuture<List<Refusal>> written = new CompletableFuture<>();
        boolean flushNow;
        synchronized (this) {
            pending.add(new Pending(events, written));
            pendingRows += events.stream().mapToInt(event -> event.written().size()).sum();
            flushNow = full || pendingRows >= flushRows || pending.size() >= segmentsHere.getAsInt();
        }
        if (flushNow) {
            flush();
        }
        return written.join();
    }

    /** Writes one event's rows at once, alone: an operator's retry of a parked event. */
    void writeNow(FactRows rows) {
        try {
            retry.call(() -> {
                insert(rows);
                return null;
            });
        } catch (Exception failure) {
            throw new AnalyticsWriteFailed("writing " + rows.size() + " fact rows to ClickHouse failed", failure);
        }
    }

    /** Writes every pending row, one INSERT per table, and tells the waiting units of work how it went. */
    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        FactRows all = new FactRows();
        pending.forEach(waiting -> waiting.events().forEach(event -> all.addAll(event.written())));
        List<Pending> flushed = List.copyOf(pending);
        pending.clear();
        pendingRows = 0;
        try {
            retry.call(() -> {
                insert(all);
                return null;
            });
            flushed.forEach(waiting -> waiting.written().complete(List.of()));
        } catch (Exception failure) {
            if (TransientFailures.isTransient(failure)) {
                flushed.forEach(waiting -> waiting.written().completeExceptionally(
                        new AnalyticsWriteFailed("writing " + all.size() + " fact rows to ClickHouse failed", failure)));
                return;
            }
            flushed.forEach(this::writeOneByOne);
        }
    }

    private void writeOneByOne(Pending waiting) {
        try {
            waiting.written().complete(oneByOne.each(waiting.events(), this::insert));
        } catch (Exception failure) {
            waiting.written().completeExceptionally(
                    new AnalyticsWriteFailed("writing fact rows to ClickHouse one event at a time failed", failure));
        }
    }

    private void insert(FactRows rows) throws SQLException {
        try (Connection connection = clickHouse.getConnection()) {
            for (var table : rows.byTable().entrySet()) {
                try (PreparedStatement insert = connection.prepareStatement(table.getKey().insertStatement(generation))) {
                    for (Object[] row : table.getValue()) {
                        for (int column = 0; column < row.length; column++) {
                            insert.setObject(column + 1, row[column]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            pending.forEach(waiting -> waiting.written().completeExceptionally(
                    new AnalyticsWriteFailed("the analytics writer of generation " + generation + " stopped", null)));
            pending.clear();
        }
    }

    private record Pending(List<Writable<FactRows>> events, CompletableFuture<List<Refusal>> written) {
    }
}
