package io.ultramarket.commerce.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics of one Gatling run, per request name, read from the statistics table of its HTML report
 * ({@code index.html}): Gatling 3.15 writes no {@code stats.json} any more, and its {@code simulation.log} is
 * binary. Columns, as the report names them: 2 total, 3 OK, 4 KO, 8 50th, 9 75th, 10 95th, 11 99th percentile,
 * 12 max (milliseconds, over all requests of that name).
 */
record GatlingReport(Map<String, RequestStats> requests) {

    /** One request name's figures; a percentile is empty when the report shows none ("-"). */
    record RequestStats(String name, long ok, long ko, OptionalDouble p50, OptionalDouble p95, OptionalDouble p99) {
    }

    private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)</td>");

    static GatlingReport read(Path reportDirectory) {
        try {
            return parse(Files.readString(reportDirectory.resolve("index.html")));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the Gatling report in " + reportDirectory, unreadable);
        }
    }

    static GatlingReport parse(String indexHtml) {
        Map<String, RequestStats> requests = new LinkedHashMap<>();
        Matcher row = ROW.matcher(indexHtml);
        while (row.find()) {
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            String name = unescape(row.group(1));
            // The global row ("All Requests") comes first; a request's own row names it once.
            requests.putIfAbsent(name, new RequestStats(name, count(cells.get(3)), count(cells.get(4)),
                    millis(cells.get(8)), millis(cells.get(10)), millis(cells.get(11))));
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no statistics table in this Gatling report");
        }
        return new GatlingReport(requests);
    }

    RequestStats request(String name) {
        RequestStats stats = requests.get(name);
        if (stats == null) {
            throw new IllegalArgumentException("the Gatling report has no request named '" + name + "' (it has "
                    + requests.keySet() + ")");
        }
        return stats;
    }

    private static long count(String text) {
        return text == null || text.equals("-") ? 0 : Long.parseLong(text.replace(",", ""));
    }

    private static OptionalDouble millis(String text) {
        return text == null || text.equals("-") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text.replace(",", "")));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
