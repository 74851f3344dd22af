package io.ultramarket.commerce.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The search reindex's ceiling: the documents per second Elasticsearch indexes by itself. Reads the documents of
 * the index an alias points at (up to {@value #DOCUMENTS}) and sends them to a scratch index with the same mapping,
 * made as the app makes a new generation's index (one shard, no replica, no refresh), in bulks of {@value #BULK} as
 * the app's reindex sends them, {@value #IN_FLIGHT} on their way at once (ADR 0101). The time runs from the first
 * bulk's sending to the last one's answer, the bodies made beforehand (Elasticsearch's {@code took} counts in steps
 * of its cached clock, 200 ms here): no app, no PostgreSQL.
 * Prints {@code elasticsearch indexing: n documents in t ms = r documents/s}.
 *
 * <p>Arguments: Elasticsearch's URL and the alias.
 */
public final class IndexingCeiling {

    static final int DOCUMENTS = 10_000;
    static final int BULK = 5_000;
    static final int IN_FLIGHT = 2;

    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private final String elasticsearch;

    private IndexingCeiling(String elasticsearch) {
        this.elasticsearch = elasticsearch.replaceAll("/+$", "");
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IndexingCeiling <elasticsearch URL> <alias>");
        }
        new IndexingCeiling(args[0]).measure(args[1]);
    }

    private void measure(String alias) throws IOException, InterruptedException {
        String scratch = alias + "-ceiling-scratch";
        JsonNode mappings = send("GET", "/" + alias + "/_mapping", null).elements().next().path("mappings");
        JsonNode hits = send("GET", "/" + alias + "/_search?size=" + DOCUMENTS, null).path("hits").path("hits");
        send("DELETE", "/" + scratch + "?ignore_unavailable=true", null);
        ObjectNode index = (ObjectNode) Json.read(Json.write(Map.of("settings", Map.of("number_of_shards", 1,
                "number_of_replicas", 0, "refresh_interval", "-1"))));
        index.set("mappings", mappings);
        send("PUT", "/" + scratch, new String(Json.write(index), StandardCharsets.UTF_8));
        try {
            List<JsonNode> documents = new ArrayList<>();
            hits.forEach(documents::add);
            List<String> bulks = new ArrayList<>();
            for (int from = 0; from < documents.size(); from += BULK) {
                StringBuilder bulk = new StringBuilder();
                for (JsonNode hit : documents.subList(from, Math.min(from + BULK, documents.size()))) {
                    bulk.append(new String(Json.write(Map.of("index", Map.of("_id", hit.path("_id").asText()))),
                            StandardCharsets.UTF_8)).append('\n');
                    bulk.append(new String(Json.write(hit.path("_source")), StandardCharsets.UTF_8)).append('\n');
                }
                bulks.add(bulk.toString());
            }
            long startedAt = System.nanoTime();
            Deque<CompletableFuture<JsonNode>> inFlight = new ArrayDeque<>();
            for (String bulk : bulks) {
                if (inFlight.size() >= IN_FLIGHT) {
                    refusedNone(inFlight.removeFirst().join());
                }
                inFlight.addLast(sendAsync("/" + scratch + "/_bulk", bulk));
            }
            while (!inFlight.isEmpty()) {
                refusedNone(inFlight.removeFirst().join());
            }
            long nanos = System.nanoTime() - startedAt;
            System.out.println(String.format(Locale.ROOT, "elasticsearch indexing: %d documents in %d ms = %.1f documents/s",
                    documents.size(), nanos / 1_000_000, documents.size() * 1e9 / nanos));
        } finally {
            send("DELETE", "/" + scratch, null);
        }
    }

    private static void refusedNone(JsonNode answer) {
        if (answer.path("errors").asBoolean(true)) {
            throw new IllegalStateException("the scratch index refused documents: " + answer.toString()
                    .substring(0, Math.min(500, answer.toString().length())));
        }
    }

    private CompletableFuture<JsonNode> sendAsync(String path, String bulk) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(answer -> {
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException("POST " + path + ": " + answer.statusCode() + " "
                        + new String(answer.body(), StandardCharsets.UTF_8));
            }
            return Json.read(answer.body());
        });
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
        }
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return Json.read(answer.body());
    }
}
