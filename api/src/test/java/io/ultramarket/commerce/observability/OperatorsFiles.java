package io.ultramarket.commerce.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operators' files in {@code deploy/observability/} (ADR 0060): the Grafana dashboard and the Prometheus alert
 * rules, their PromQL expressions, and the metric names those read.
 */
final class OperatorsFiles {

    static final Path ALERT_RULES = Path.of("..", "deploy", "observability", "prometheus", "alert-rules.yml");
    static final Path DASHBOARD = Path.of("..", "deploy", "observability", "grafana", "dashboards", "commerce-core.json");

    // Strings, numbers (1e-9 is no name), names, and any other character: one token each.
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|[a-zA-Z_:][a-zA-Z0-9_:]*|\\S");
    // Label matchers, range and offset durations, and the label lists of aggregations and vector matching.
    private static final Pattern NOT_METRICS = Pattern.compile(
            "\\{[^}]*}|\\[[^]]*]|\\boffset\\s+-?\\w+|\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");

    private OperatorsFiles() {
    }

    static List<String> dashboardExpressions() {
        try {
            List<String> expressions = new ArrayList<>();
            collectExpressions(new ObjectMapper().readTree(DASHBOARD.toFile()), expressions);
            return expressions;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> alertExpressions() {
        try (InputStream in = Files.newInputStream(ALERT_RULES)) {
            Map<String, Object> file = new Yaml().load(in);
            List<String> expressions = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    expressions.add(rule.get("expr").toString());
                }
            }
            return expressions;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The metric names an expression reads: its names that are neither functions, keywords nor labels. */
    static Set<String> metricsIn(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(NOT_METRICS.matcher(expression).replaceAll(" "));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Set<String> metrics = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean name = Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
            boolean function = i + 1 < tokens.size() && tokens.get(i + 1).equals("(");
            if (name && !function && !KEYWORDS.contains(token.toLowerCase())) {
                metrics.add(token);
            }
        }
        return metrics;
    }

    private static void collectExpressions(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("expr") && field.getValue().isTextual()) {
                    into.add(field.getValue().asText());
                } else {
                    collectExpressions(field.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectExpressions(element, into));
        }
    }
}
