package io.ultramarket.commerce.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints every goal of issue 14 beside what {@code run-all.sh} measured: the median of the runs with their
 * spread, whether the median meets the goal, how much of the goal it reached, the ceilings of the same run
 * and how much of the HTTP ceiling a rate reached. Usage: {@code BenchmarkTable <figures.tsv> [<table file>]}.
 */
public final class BenchmarkTable {

    static final List<String> HEADER = List.of("figure", "goal", "measured: median (min–max, runs)", "met",
            "of goal", "ceiling (same run)", "of ceiling");

    private BenchmarkTable() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchmarkTable <figures.tsv> [<table file>]");
            System.exit(2);
            return;
        }
        String table = render(BenchmarkFigures.read(Path.of(args[0])));
        System.out.print(table);
        if (args.length == 2) {
            try {
                Files.writeString(Path.of(args[1]), table);
            } catch (IOException unwritable) {
                throw new UncheckedIOException("cannot write " + args[1], unwritable);
            }
        }
    }

    static String render(BenchmarkFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (BenchmarkGoal goal : BenchmarkGoal.values()) {
            rows.add(row(goal, figures));
        }
        StringBuilder table = new StringBuilder(align(rows));
        medians(table, "Gatling's own CPU, cores on average over a run", figures.generatorCores());
        medians(table, "The app's JIT compilers, seconds of compiling per second of a run", figures.jitShares());
        String costs = checkoutCosts(figures);
        if (!costs.isEmpty()) {
            table.append("\nWhat a confirmed order cost, over whole checkout runs (median of the runs): ").append(costs)
                    .append('\n');
        }
        String searchCosts = searchCosts(figures);
        if (!searchCosts.isEmpty()) {
            table.append("\nWhat a search cost, over whole search runs (median of the runs): ").append(searchCosts)
                    .append('\n');
        }
        List<String> notes = figures.notes();
        if (!notes.isEmpty()) {
            table.append("\nNotes on these runs:\n");
            notes.forEach(note -> table.append("  ").append(note).append('\n'));
        }
        return table.toString();
    }

    /** One line of a figure's median per simulation, when it was measured. */
    private static void medians(StringBuilder table, String what, Map<String, List<Double>> bySimulation) {
        if (!bySimulation.isEmpty()) {
            table.append('\n').append(what).append(" (median of the runs): ")
                    .append(bySimulation.entrySet().stream()
                            .map(entry -> entry.getKey() + " " + String.format(Locale.ROOT, "%.2f",
                                    Spread.of(entry.getValue()).median()))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
    }

    /** The app's and PostgreSQL's CPU and the commits per confirmed order; empty when not measured. */
    static String checkoutCosts(BenchmarkFigures figures) {
        List<String> parts = new ArrayList<>();
        cost(figures, "checkout.app-cpu-ms-per-order", "app CPU %s ms", parts);
        cost(figures, "checkout.db-cpu-ms-per-order", "PostgreSQL CPU %s ms", parts);
        cost(figures, "checkout.commits-per-order", "%s commits", parts);
        return String.join(", ", parts);
    }

    /** The app's and Elasticsearch's CPU per search; empty when not measured. */
    static String searchCosts(BenchmarkFigures figures) {
        List<String> parts = new ArrayList<>();
        cost(figures, "search.app-cpu-ms-per-search", "app CPU %s ms", parts);
        cost(figures, "search.es-cpu-ms-per-search", "Elasticsearch CPU %s ms", parts);
        return String.join(", ", parts);
    }

    private static void cost(BenchmarkFigures figures, String figure, String format, List<String> parts) {
        List<Double> values = figures.values(figure);
        if (!values.isEmpty()) {
            parts.add(String.format(Locale.ROOT, format, Spread.number(Spread.of(values).median())));
        }
    }

    static List<String> row(BenchmarkGoal goal, BenchmarkFigures figures) {
        List<Double> values = figures.values(goal.figure);
        if (values.isEmpty()) {
            return List.of(goal.label, goal.goal(), "not measured", "-", "-", ceilings(goal, figures), "-");
        }
        Spread measured = Spread.of(values);
        return List.of(goal.label, goal.goal(), measured.describe(), goal.isMet(measured.median()) ? "yes" : "no",
                percent(goal.reached(measured.median())), ceilings(goal, figures), ofCeiling(goal, measured, figures));
    }

    private static String ceilings(BenchmarkGoal goal, BenchmarkFigures figures) {
        String text = goal.ceilings.stream()
                .filter(ceiling -> !figures.values(ceiling.figure).isEmpty())
                .map(ceiling -> ceiling.label + Spread.number(Spread.of(figures.values(ceiling.figure)).median()) + ceiling.unit)
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? "-" : text;
    }

    /** A rate over the HTTP ceiling's rate: what share of the requests this machine can serve at all it reached. */
    private static String ofCeiling(BenchmarkGoal goal, Spread measured, BenchmarkFigures figures) {
        List<Double> ceiling = figures.values(BenchmarkGoal.Ceiling.HTTP_RATE.figure);
        if (!goal.isRate() || !goal.ceilings.contains(BenchmarkGoal.Ceiling.HTTP_RATE) || ceiling.isEmpty()) {
            return "-";
        }
        return percent(measured.median() / Spread.of(ceiling).median());
    }

    private static String percent(double ratio) {
        return Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    private static String align(List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < rows.size(); index++) {
            List<String> row = rows.get(index);
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                cells.add(String.format(Locale.ROOT, "%-" + widths[column] + "s", row.get(column)));
            }
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (index == 0) {
                text.append(Arrays.stream(widths).mapToObj("-"::repeat)
                        .collect(Collectors.joining("-|-", "|-", "-|\n")));
            }
        }
        return text.toString();
    }
}
