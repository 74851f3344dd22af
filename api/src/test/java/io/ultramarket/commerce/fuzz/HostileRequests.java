package io.ultramarket.commerce.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;

/** Draws whole requests: an operation, hostile values for its path, query, headers and body, and a persona. */
final class HostileRequests {

    private static final List<String> HEADERS = List.of("Idempotency-Key", "Commerce-Position", "Last-Event-ID",
            "Accept", "Content-Type");
    private static final List<String> MEDIA_TYPES = List.of("application/json", "application/x-ndjson",
            "application/xml", "*/*", "text/plain", "text/event-stream");

    private final List<ApiOperation> operations;
    private final Random random;
    private final HostileValues values;
    private final Map<String, List<String>> known;

    /** @param known real values of path parameters by name (customer A's cart, order...), used now and then */
    HostileRequests(List<ApiOperation> operations, long seed, Map<String, List<String>> known) {
        this.operations = operations;
        this.known = known;
        this.random = new Random(seed);
        this.values = new HostileValues(random);
    }

    FuzzRequest next() {
        ApiOperation operation = values.pick(operations);
        Map<String, String> path = new LinkedHashMap<>();
        operation.pathParameters().forEach(name -> path.put(name, pathValue(name)));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String header = values.pick(HEADERS);
            headers.put(header, header.equals("Accept") || header.equals("Content-Type")
                    ? values.pick(MEDIA_TYPES) : values.headerValue());
        }
        String body = operation.takesBody() && !values.chance(20) ? values.body() : null;
        return new FuzzRequest(operation.method(), operation.path(), path, query(operation), headers, body,
                values.pick(FuzzPersonas.NAMES), "fuzz-" + new UUID(random.nextLong(), random.nextLong()));
    }

    private String query(ApiOperation operation) {
        List<String> names = operation.queryParameters().isEmpty() ? List.of("unknown") : operation.queryParameters();
        StringJoiner query = new StringJoiner("&");
        for (int i = random.nextInt(names.size() + 1); i > 0; i--) {
            query.add(values.pick(names) + "=" + URLEncoder.encode(values.text(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** A third of the time a real id, so that owner rules and handlers meet existing carts and orders. */
    private String pathValue(String name) {
        List<String> real = known.getOrDefault(name, List.of());
        return !real.isEmpty() && random.nextInt(3) == 0 ? values.pick(real) : values.text();
    }
}
