package io.ultramarket.commerce.load;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A kind of load: what each virtual client does, what it measures, and how its figures are summed up. */
interface Scenario {

    /** The latency metrics the clients record, in the order the report lists them. */
    List<String> metrics();

    VirtualClient newClient(int index, CommerceApi api, Measurements measurements);

    /** What the shop needs before any client starts, such as products on sale; nothing by default. */
    default CompletableFuture<Void> prepareShop(CommerceApi api) {
        return CompletableFuture.completedFuture(null);
    }

    /** The scenario's own part of the summary line, e.g. "1234.5 commands/s, p50 5.1 ms, ...". */
    String headline(RunResults results);

    /**
     * The last lines of the report, to compare between runs: by default one, "<scenario>: <headline>,
     * errors 0 (16 clients, 30 s)".
     */
    default List<String> summaryLines(String label, RunResults results) {
        return List.of(Report.summaryLine(label, headline(results), results));
    }
}
