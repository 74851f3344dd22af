package io.ultramarket.commerce.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code run-all.sh} measured, gathered from its list of results ({@code figures.tsv}, one tab-separated
 * line per result, in run order) into figures by name, one value per run. A line is one of:
 * <ul>
 *   <li>{@code value <figure> <number>}: measured by the script itself (start time, RSS);</li>
 *   <li>{@code gatling <simulation> <report directory> <measured seconds>}: a Gatling run and its HTML report;</li>
 *   <li>{@code simulation <simulation> <file>}: a simulation's own figures (properties): Gatling's CPU, and
 *       for checkout the order confirmations;</li>
 *   <li>{@code pgbench <file>}: pgbench's output;</li>
 *   <li>{@code generator <file>}: the hand-written generator's output (replay, search reindex);</li>
 *   <li>{@code note <text>}: what the table's reader must know (the app's JVM flags, the machine's load).</li>
 * </ul>
 * Failed requests of the Gatling runs are kept as notes too, so that a figure is never read without them.
 */
final class BenchmarkFigures {

    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern REPLAY = Pattern.compile("(?m)^replay: \\d+ events rebuilt in .* = ([0-9.]+) events/s");
    private static final Pattern REINDEX = Pattern.compile("(?m)^search reindex: \\d+ documents indexed in .* = ([0-9.]+) documents/s");
    private static final Pattern REBUILD = Pattern.compile("(?m)^search rebuild: \\d+ documents indexed in .* = ([0-9.]+) documents/s");

    private static final String GENERATOR_PREFIX = "generator-cores.";
    /**
     * The seconds the app's JIT compilers spent compiling per second of a Gatling run, by simulation
     * ({@code value jit-share.<simulation> <number>}): near 0 once the path a benchmark takes is compiled.
     */
    static final String JIT_PREFIX = "jit-share.";

    private final Map<String, List<Double>> runs = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    static BenchmarkFigures read(Path figuresFile) {
        BenchmarkFigures figures = new BenchmarkFigures();
        try {
            for (String line : Files.readAllLines(figuresFile)) {
                if (!line.isBlank()) {
                    figures.add(line.split("\t"), figuresFile.getParent());
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + figuresFile, unreadable);
        }
        return figures;
    }

    /** The values of one figure, one per run, in run order; empty if it was not measured. */
    List<Double> values(String figure) {
        return runs.getOrDefault(figure, List.of());
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    void record(String figure, double value) {
        runs.computeIfAbsent(figure, name -> new ArrayList<>()).add(value);
    }

    private void add(String[] fields, Path base) {
        switch (fields[0]) {
            case "value" -> record(fields[1], Double.parseDouble(fields[2]));
            case "gatling" -> gatling(fields[1], GatlingReport.read(base.resolve(fields[2])), Double.parseDouble(fields[3]));
            case "simulation" -> simulation(fields[1], properties(base.resolve(fields[2])));
            case "pgbench" -> find(PGBENCH_TPS, text(base.resolve(fields[1])), "ceiling.pgbench-tps");
            case "generator" -> {
                String output = text(base.resolve(fields[1]));
                find(REPLAY, output, "replay.events-per-second");
                find(REINDEX, output, "reindex.documents-per-second");
                find(REBUILD, output, "rebuild.documents-per-second");
            }
            case "note" -> notes.add(fields[1]);
            default -> throw new IllegalArgumentException("unknown kind of result '" + fields[0] + "'");
        }
    }

    /** The figures of one Gatling run: a rate is the OK requests over the measured time. */
    void gatling(String simulation, GatlingReport report, double measuredSeconds) {
        Function<String, GatlingReport.RequestStats> request = report::request;
        switch (simulation) {
            case "no-op" -> {
                record("ceiling.http-per-second", request.apply("liveness").ok() / measuredSeconds);
                percentile("ceiling.http-p95-ms", request.apply("liveness").p95());
            }
            case "checkout" -> percentile("checkout.request-p95-ms", request.apply("request").p95());
            case "add-to-cart" -> {
                record("add-to-cart.per-second", request.apply("add-item").ok() / measuredSeconds);
                percentile("add-to-cart.p99-ms", request.apply("add-item").p99());
            }
            case "read-your-writes" -> percentile("read-your-writes.cart-p95-ms", request.apply("cart after add").p95());
            case "search" -> {
                record("search.per-second", request.apply("search").ok() / measuredSeconds);
                percentile("search.p95-ms", request.apply("search").p95());
            }
            default -> throw new IllegalArgumentException("unknown simulation '" + simulation + "'");
        }
        report.requests().values().stream()
                .filter(stats -> stats.ko() > 0)
                .forEach(stats -> notes.add(simulation + ": " + stats.ko() + " of " + (stats.ok() + stats.ko())
                        + " '" + stats.name() + "' requests failed"));
    }

    void simulation(String simulation, Properties figures) {
        record(GENERATOR_PREFIX + simulation, Double.parseDouble(figures.getProperty("generator-cores")));
        if (figures.containsKey("orders-confirmed")) {
            confirmations(figures);
        }
    }

    /** The CPU that Gatling used, in cores, per simulation: one value per run. */
    Map<String, List<Double>> generatorCores() {
        return bySimulation(GENERATOR_PREFIX);
    }

    /** The app's JIT compilers' seconds of compiling per second of a run, per simulation: one value per run. */
    Map<String, List<Double>> jitShares() {
        return bySimulation(JIT_PREFIX);
    }

    private Map<String, List<Double>> bySimulation(String prefix) {
        Map<String, List<Double>> bySimulation = new LinkedHashMap<>();
        runs.forEach((figure, values) -> {
            if (figure.startsWith(prefix)) {
                bySimulation.put(figure.substring(prefix.length()), values);
            }
        });
        return bySimulation;
    }

    private void confirmations(Properties figures) {
        record("checkout.confirmed-per-second", Double.parseDouble(figures.getProperty("confirmed-per-second")));
        long confirmed = Long.parseLong(figures.getProperty("orders-confirmed"));
        if (confirmed > 0) {
            record("checkout.confirmed-visible-p95-ms", Double.parseDouble(figures.getProperty("confirmed-visible-p95-ms")));
        }
        long refused = Long.parseLong(figures.getProperty("orders-refused"));
        long unconfirmed = Long.parseLong(figures.getProperty("orders-unconfirmed"));
        if (confirmed + refused + unconfirmed == 0) {
            notes.add("checkout: no order was checked out in the measured time");
        } else if (refused + unconfirmed > 0) {
            notes.add("checkout: " + confirmed + " orders confirmed, " + refused
                    + " refused, " + unconfirmed + " not confirmed within the follow limit (last seen "
                    + figures.getProperty("unconfirmed-last-status", "") + ")");
        }
    }

    private void percentile(String figure, OptionalDouble value) {
        value.ifPresent(millis -> record(figure, millis));
    }

    private void find(Pattern pattern, String text, String figure) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
            record(figure, Double.parseDouble(matcher.group(1)));
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
        return properties;
    }
}
