package io.ultramarket.commerce.projections.analytics;

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
 * ClickHouse does not have. A failed write fails every waiting unit of work: they roll back, their tokens
 * stay, and the processor retries them.
 */
final class FactWriter implements AutoCloseable {

    private final DataSource clickHouse;
    private final int generation;
    private final int flushRows;
    private final IntSupplier segmentsHere;
    private final ScheduledExecutorService timer;
    private final List<Pending> pending = new ArrayList<>();
    private int pendingRows;

    FactWriter(DataSource clickHouse, int generation, int flushRows, Duration flushInterval, IntSupplier segmentsHere) {
        this.clickHouse = clickHouse;
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

    /** Hands over a unit of work's rows and blocks until they are in ClickHouse (or the write failed). */
    void writeAndWait(FactRows rows, boolean full) {
        if (rows.isEmpty()) {
            return;
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        boolean flushNow;
        synchronized (this) {
            pending.add(new Pending(rows, written));
            pendingRows += rows.size();
            flushNow = full || pendingRows >= flushRows || pending.size() >= segmentsHere.getAsInt();
        }
        if (flushNow) {
            flush();
        }
        written.join();
    }

    /** Writes every pending row, one INSERT per table, and tells the waiting units of work how it went. */
    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        FactRows all = new FactRows();
        pending.forEach(waiting -> all.addAll(waiting.rows()));
        List<Pending> flushed = List.copyOf(pending);
        pending.clear();
        pendingRows = 0;
        try {
            insert(all);
            flushed.forEach(waiting -> waiting.written().complete(null));
        } catch (SQLException | RuntimeException failure) {
            flushed.forEach(waiting -> waiting.written().completeExceptionally(
                    new AnalyticsWriteFailed("writing " + all.size() + " fact rows to ClickHouse failed", failure)));
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

    private record Pending(FactRows rows, CompletableFuture<Void> written) {
    }
}
