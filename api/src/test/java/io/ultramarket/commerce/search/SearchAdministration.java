package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.servers.RealServers;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees of search ({@code GET /admin/search}), and what Elasticsearch itself holds. */
final class SearchAdministration {

    private final WebTestClient http;
    private final String alias;

    SearchAdministration(WebTestClient http, String alias) {
        this.http = http;
        this.alias = alias;
    }

    JsonNode status() {
        return http.get().uri("/admin/search").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    List<String> aliasedIndices() {
        List<String> names = new ArrayList<>();
        status().get("aliasedIndices").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** What {@code GET /admin/search} says of the generation whose index is {@code index}. */
    JsonNode generationIndexedIn(String index) {
        JsonNode status = status();
        for (JsonNode generation : status.get("generations")) {
            if (generation.path("index").asText().equals(index)) {
                return generation;
            }
        }
        throw new AssertionError("no generation has the index " + index + ": " + status);
    }

    /**
     * Built without replicas or periodic refresh (ADR 0078), an index has a searched index's settings by the time the
     * alias points at it, one shard, and the facet fields' global ordinals loaded at each refresh.
     */
    void assertSearchedAsBuilt(String index, SearchProperties properties) throws IOException, InterruptedException {
        JsonNode settings = elasticsearch("/" + index + "/_settings").path(index).path("settings").path("index");
        assertThat(settings.path("refresh_interval").asText()).isEqualTo(properties.refreshInterval().toMillis() + "ms");
        assertThat(settings.path("number_of_replicas").asText()).isEqualTo(Integer.toString(properties.replicas()));
        assertThat(settings.path("number_of_shards").asText()).isEqualTo("1");
        JsonNode mapping = elasticsearch("/" + index + "/_mapping").path(index).path("mappings").path("properties");
        assertThat(mapping.path("categories").path("eager_global_ordinals").asBoolean()).isTrue();
        assertThat(mapping.path("attributes").path("eager_global_ordinals").asBoolean()).isTrue();
    }

    /** Elasticsearch's own answer, asked directly. */
    static JsonNode elasticsearch(String path) throws IOException, InterruptedException {
        return new ObjectMapper().readTree(elasticsearchText(path));
    }

    /** The search indices of this context's alias that Elasticsearch holds, asked directly. */
    List<String> indicesInElasticsearch() throws IOException, InterruptedException {
        return elasticsearchText("/_cat/indices/" + alias + "-g*?h=index").lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** Puts JSON into Elasticsearch directly (an index, a document), as an operator or a crash would leave it. */
    void putInElasticsearch(String path, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(RealServers.elasticsearch().url() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        var answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("PUT " + path + ": " + answer.body()).isBetween(200, 299);
    }

    private static String elasticsearchText(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(RealServers.elasticsearch().url() + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
