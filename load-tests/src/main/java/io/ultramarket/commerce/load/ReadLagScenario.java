package io.ultramarket.commerce.load;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static io.ultramarket.commerce.load.Report.millis;
import static io.ultramarket.commerce.load.Report.rate;

/**
 * How long a client waits to read its own write. Each client books a stock receipt and, as soon as it is
 * answered, reads the SKU's stock levels with the {@code Commerce-Position} it got: the app holds the read
 * until the stock-levels read model has applied that position, at most 2 s, and says whether it answers
 * {@code current} or {@code stale}. The read's latency is the time from the command's answer until the
 * read model answered current; stale answers are counted apart (and timed as "read-stale"). With a read URL,
 * the reads go to that other instance on the same database: the lag across instances (ADR 0055).
 */
final class ReadLagScenario implements Scenario {

    static final String READ_CURRENT = "read-current";
    static final String READ_STALE = "read-stale";

    private final int clients;
    private final URI readUrl;
    private CommerceApi reads;

    /** @param readUrl the instance that reads back, or null for the one that took the command */
    ReadLagScenario(int clients, URI readUrl) {
        this.clients = clients;
        this.readUrl = readUrl;
    }

    @Override
    public List<String> metrics() {
        return List.of(StockReceiver.RECEIPT, READ_CURRENT, READ_STALE);
    }

    @Override
    public VirtualClient newClient(int index, CommerceApi api, Measurements measurements) {
        CommerceApi reader = readerFor(api);
        return new StockReceiver(index, clients, api, measurements, registered -> { },
                (sku, receipt) -> readBack(reader, measurements, sku, receipt));
    }

    /** One client for the other instance, shared by all virtual clients as the writer's is. */
    private synchronized CommerceApi readerFor(CommerceApi writer) {
        if (readUrl == null) {
            return writer;
        }
        if (reads == null) {
            reads = writer.at(readUrl);
        }
        return reads;
    }

    /** The command side's figures: receipts per second and their latency. */
    @Override
    public String headline(RunResults results) {
        LatencySummary receipts = results.latency(StockReceiver.RECEIPT);
        return rate(results.perSecond(StockReceiver.RECEIPT)) + " commands/s, p50 " + millis(receipts.p50())
                + ", p95 " + millis(receipts.p95()) + ", p99 " + millis(receipts.p99());
    }

    /** The commands' line (with the errors), then the read lag's line. */
    @Override
    public List<String> summaryLines(String label, RunResults results) {
        return List.of(Report.summaryLine(label + " commands", headline(results), results),
                readLagLine(readUrl == null ? label : label + " across instances (reads at " + readUrl + ")", results));
    }

    /** "read-lag: p50 12.0 ms, p95 40.2 ms, p99 80.1 ms, stale 0 of 7503 (16 clients, 30 s)". */
    static String readLagLine(String label, RunResults results) {
        LatencySummary current = results.latency(READ_CURRENT);
        long stale = results.latency(READ_STALE).count();
        String percentiles = current.count() == 0
                ? "p50 -, p95 -, p99 -"
                : "p50 " + millis(current.p50()) + ", p95 " + millis(current.p95()) + ", p99 " + millis(current.p99());
        return String.format(Locale.ROOT, "%s: %s, stale %d of %d (%d clients, %s)", label, percentiles, stale,
                current.count() + stale, results.clients(), Report.duration(results.measured()));
    }

    private static CompletableFuture<ApiAnswer> readBack(CommerceApi api, Measurements measurements, String sku,
                                                         ApiAnswer receipt) {
        long position = receipt.position().orElseThrow();
        return measurements.timed(read -> read.isCurrent() ? READ_CURRENT : READ_STALE,
                () -> api.stockOf(sku, position));
    }
}
