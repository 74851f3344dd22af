package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.servers.RealServers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every document of every Elasticsearch index and every row of every ClickHouse table of the test run, as
 * text, and says which hold any of some secrets: the stores that, by design, never receive personal data (product
 * documents, analytics facts) are scanned like the others rather than trusted.
 */
final class SearchAndAnalyticsScan {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Each search document holding a secret, as {@code index/id holds secret}. */
    List<String> searchDocumentsHolding(List<String> secrets) {
        String base = RealServers.elasticsearch().url();
        List<String> found = new ArrayList<>();
        for (String line : text(get(base + "/_cat/indices?h=status,index")).lines().map(String::trim).toList()) {
            String[] statusAndIndex = line.split("\\s+");
            String index = statusAndIndex[statusAndIndex.length - 1];
            if (!statusAndIndex[0].equals("open") || index.startsWith(".")) {
                continue;
            }
            JsonNode page = json(post(base + "/" + index + "/_search?scroll=1m&size=" + PAGE, "{\"query\":{\"match_all\":{}}}"));
            while (page.path("hits").path("hits").size() > 0) {
                for (JsonNode hit : page.path("hits").path("hits")) {
                    String document = hit.path("_source").toString();
                    secrets.stream().filter(document::contains)
                            .forEach(secret -> found.add(index + "/" + hit.path("_id").asText() + " holds " + secret));
                }
                page = json(post(base + "/_search/scroll", "{\"scroll\":\"1m\",\"scroll_id\":\"" + page.path("_scroll_id").asText() + "\"}"));
            }
        }
        return found;
    }

    /** Each analytics row holding a secret, as {@code database.table holds secret}. */
    List<String> analyticsRowsHolding(List<String> secrets) {
        List<String> found = new ArrayList<>();
        // Views hold no rows of their own (a materialized view's are in its inner table); a Kafka table's read consumes.
        String tables = clickHouse("SELECT concat('`', database, '`.`', name, '`') FROM system.tables "
                + "WHERE database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema') "
                + "AND engine NOT LIKE '%View' AND engine NOT IN ('Kafka', 'Null') FORMAT TabSeparatedRaw");
        for (String table : tables.lines().filter(line -> !line.isBlank()).toList()) {
            clickHouse("SELECT * FROM " + table + " FORMAT JSONEachRow").lines().forEach(row -> secrets.stream()
                    .filter(row::contains).forEach(secret -> found.add(table + " holds " + secret)));
        }
        return found;
    }

    private String clickHouse(String query) {
        return text(post(RealServers.clickHouse().httpUrl() + "/?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), ""));
    }

    private HttpResponse<byte[]> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<byte[]> post(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + text(response));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
