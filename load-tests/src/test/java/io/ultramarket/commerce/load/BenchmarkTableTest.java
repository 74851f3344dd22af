package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkTableTest {

    @TempDir
    Path runs;

    @Test
    void aRateGoalShowsItsMedianSpreadShareOfTheGoalAndOfTheHttpCeiling() {
        BenchmarkFigures figures = figures(Map.of(
                "checkout.confirmed-per-second", List.of(60.0, 48.0, 54.0),
                "ceiling.http-per-second", List.of(3_000.0, 2_400.0, 2_700.0),
                "ceiling.pgbench-tps", List.of(800.0, 900.0, 700.0)));

        assertThat(BenchmarkTable.row(BenchmarkGoal.CHECKOUT_RATE, figures)).containsExactly(
                "checkout: orders CONFIRMED/s (8 clients)", ">= 240", "54.0 (48.0–60.0, 3 runs)", "no", "23%",
                "no-op HTTP 2,700/s; pgbench 800 tps", "2%");
    }

    @Test
    void theCheckoutsCostPerOrderIsACeilingOfItsRateAndIsShownBelowTheTable() {
        BenchmarkFigures figures = figures(Map.of(
                "checkout.confirmed-per-second", List.of(4.0, 5.0, 6.0),
                "ceiling.checkout-by-cpu", List.of(4.4, 4.6, 4.5),
                "checkout.app-cpu-ms-per-order", List.of(350.0, 340.0, 360.0),
                "checkout.db-cpu-ms-per-order", List.of(95.0, 90.0, 100.0),
                "checkout.commits-per-order", List.of(126.0, 125.0, 127.0)));

        assertThat(BenchmarkTable.row(BenchmarkGoal.CHECKOUT_RATE, figures).get(5)).isEqualTo("CPU per order allows 4.5/s");
        assertThat(BenchmarkTable.render(figures)).contains("What a confirmed order cost, over whole checkout runs "
                + "(median of the runs): app CPU 350 ms, PostgreSQL CPU 95.0 ms, 126 commits");
    }

    @Test
    void theCostOfASearchIsACeilingOfItsRateAndIsShownBelowTheTable() {
        BenchmarkFigures figures = figures(Map.of(
                "search.per-second", List.of(400.0, 380.0, 410.0),
                "ceiling.http-per-second", List.of(5_000.0, 5_200.0, 4_800.0),
                "ceiling.search-by-cpu", List.of(420.0, 400.0, 440.0),
                "search.app-cpu-ms-per-search", List.of(3.4, 3.2, 3.6),
                "search.es-cpu-ms-per-search", List.of(1.5, 1.4, 1.6)));

        assertThat(BenchmarkTable.row(BenchmarkGoal.SEARCH_RATE, figures).get(5))
                .isEqualTo("no-op HTTP 5,000/s; CPU per search allows 420/s");
        assertThat(BenchmarkTable.render(figures)).contains("What a search cost, over whole search runs "
                + "(median of the runs): app CPU 3.4 ms, Elasticsearch CPU 1.5 ms");
    }

    @Test
    void theReindexIsSetAgainstWhatElasticsearchIndexesByItself() {
        BenchmarkFigures figures = figures(Map.of(
                "reindex.documents-per-second", List.of(1_900.0, 1_000.0, 2_900.0),
                "ceiling.elasticsearch-indexing", List.of(20_000.0, 19_000.0, 21_000.0)));

        assertThat(BenchmarkTable.row(BenchmarkGoal.REINDEX, figures).get(5)).isEqualTo("Elasticsearch alone indexes 20,000/s");
    }

    @Test
    void aLatencyGoalIsReachedWhenTheMedianIsBelowIt() {
        BenchmarkFigures figures = figures(Map.of("checkout.request-p95-ms", List.of(10.0, 12.0, 30.0)));

        assertThat(BenchmarkTable.row(BenchmarkGoal.CHECKOUT_LATENCY, figures)).containsExactly(
                "checkout: request p95 (ms)", "< 20", "12.0 (10.0–30.0, 3 runs)", "yes", "167%", "-", "-");
    }

    @Test
    void aGoalAtItsLimitIsMetOnlyWhereTheGoalAllowsEquality() {
        assertThat(BenchmarkGoal.ADD_TO_CART_LATENCY.isMet(48)).isTrue();
        assertThat(BenchmarkGoal.CHECKOUT_LATENCY.isMet(20)).isFalse();
        assertThat(BenchmarkGoal.REPLAY.isMet(50_000)).isTrue();
    }

    @Test
    void everyGoalHasARowAndAnUnmeasuredOneSaysSo() {
        String table = BenchmarkTable.render(new BenchmarkFigures());

        assertThat(table.lines()).hasSize(2 + BenchmarkGoal.values().length);
        assertThat(table).contains("| search reindex (from PostgreSQL's documents): documents/s").contains("not measured");
    }

    @Test
    void figuresComeFromTheRunsResults() throws IOException {
        Path report = Files.createDirectories(runs.resolve("runs/checkout-1/checkoutsimulation-1"));
        Files.writeString(report.resolve("index.html"), GatlingReportTest.checkoutReport());
        Files.writeString(runs.resolve("pgbench.log"), "latency average = 10.172 ms\ntps = 786.438850 (without initial connection time)\n");
        Files.writeString(runs.resolve("replay.log"), "replay: 100000 events rebuilt in 20.3 s = 4917.7 events/s (projection stock-levels, generation 2)\n");
        Files.writeString(runs.resolve("search.log"), """
                search reindex: 10000 documents indexed in 1.2 s = 8333.3 documents/s (projection product-search, generation 2, alias swapped to [products-g2-1-r1])
                search: replaying product-search into a new generation and index
                search rebuild: 10000 documents indexed in 6.4 s = 1562.5 documents/s (projection product-search, generation 3, alias swapped to [products-g3-2])
                """);
        Files.writeString(runs.resolve("checkout.properties"), """
                generator-cores=0.42
                orders-confirmed=30
                orders-refused=1
                orders-unconfirmed=2
                unconfirmed-last-status=PLACED:2
                confirmed-per-second=3.0
                confirmed-visible-p95-ms=812.5
                """);
        Files.writeString(runs.resolve("figures.tsv"), String.join("\n",
                "note\tapp: java -Xmx256m -jar api.jar",
                "value\tapp.start-seconds\t8.5",
                "pgbench\tpgbench.log",
                "gatling\tcheckout\truns/checkout-1/checkoutsimulation-1/\t20",
                "simulation\tcheckout\tcheckout.properties",
                "value\tjit-share.checkout\t0.854",
                "generator\treplay.log",
                "generator\tsearch.log", ""));

        BenchmarkFigures figures = BenchmarkFigures.read(runs.resolve("figures.tsv"));

        assertThat(figures.values("app.start-seconds")).containsExactly(8.5);
        assertThat(figures.values("ceiling.pgbench-tps")).containsExactly(786.43885);
        assertThat(figures.values("checkout.request-p95-ms")).containsExactly(530.0);
        assertThat(figures.values("checkout.confirmed-per-second")).containsExactly(3.0);
        assertThat(figures.values("checkout.confirmed-visible-p95-ms")).containsExactly(812.5);
        assertThat(figures.values("replay.events-per-second")).containsExactly(4917.7);
        assertThat(figures.values("reindex.documents-per-second")).containsExactly(8333.3);
        assertThat(figures.values("rebuild.documents-per-second")).containsExactly(1562.5);
        assertThat(figures.generatorCores()).containsEntry("checkout", List.of(0.42));
        assertThat(BenchmarkTable.render(figures)).contains("Gatling's own CPU, cores on average over a run (median of the runs): checkout 0.42");
        assertThat(figures.jitShares()).containsEntry("checkout", List.of(0.854));
        assertThat(BenchmarkTable.render(figures))
                .contains("The app's JIT compilers, seconds of compiling per second of a run (median of the runs): checkout 0.85");
        assertThat(figures.notes()).containsExactly("app: java -Xmx256m -jar api.jar",
                "checkout: 30 orders confirmed, 1 refused, 2 not confirmed within the follow limit (last seen PLACED:2)");
    }

    @Test
    void aCheckoutRunWithoutOrdersSaysSoAndHasNoConfirmationTime() {
        BenchmarkFigures figures = new BenchmarkFigures();
        Properties run = new Properties();
        run.putAll(Map.of("generator-cores", "0.1", "orders-confirmed", "0", "orders-refused", "0",
                "orders-unconfirmed", "0", "confirmed-per-second", "0.0", "confirmed-visible-p95-ms", "0.0"));

        figures.simulation("checkout", run);

        assertThat(figures.values("checkout.confirmed-per-second")).containsExactly(0.0);
        assertThat(figures.values("checkout.confirmed-visible-p95-ms")).isEmpty();
        assertThat(figures.notes()).containsExactly("checkout: no order was checked out in the measured time");
    }

    @Test
    void aRateIsTheSuccessfulRequestsOverTheMeasuredTimeAndFailuresBecomeNotes() {
        BenchmarkFigures figures = new BenchmarkFigures();
        String report = "<span class=\"ellipsed-name\">add-item</span><td class=\"value ok col-3\">1200</td>"
                + "<td class=\"value ko col-4\">4</td><td class=\"value total col-11\">45</td></tr>";

        figures.gatling("add-to-cart", GatlingReport.parse(report), 30);

        assertThat(figures.values("add-to-cart.per-second")).containsExactly(40.0);
        assertThat(figures.values("add-to-cart.p99-ms")).containsExactly(45.0);
        assertThat(figures.notes()).containsExactly("add-to-cart: 4 of 1204 'add-item' requests failed");
    }

    /** Figures as the runs recorded them: each figure's values in run order. */
    private static BenchmarkFigures figures(Map<String, List<Double>> runs) {
        BenchmarkFigures figures = new BenchmarkFigures();
        runs.forEach((figure, values) -> values.forEach(value -> figures.record(figure, value)));
        return figures;
    }
}
