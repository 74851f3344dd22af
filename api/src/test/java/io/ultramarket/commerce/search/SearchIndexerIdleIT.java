package io.ultramarket.commerce.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.projections.search.SearchIndexer;
import org.apache.http.HttpRequestInterceptor;
import org.axonframework.tracing.SpanFactory;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An idle cycle of the search indexer, nothing to ship and nothing to switch or delete, asks Elasticsearch one
 * question: which of the alias's indices exist and where the alias points (ADR 0112). It used to ask four every poll,
 * a mapping update through the master among them. The indexer here is a second instance's, built as the app builds its
 * own, on the run's PostgreSQL and Elasticsearch, whose HTTP client counts the requests it sends.
 */
@ApiIntegrationTest
class SearchIndexerIdleIT {

    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    RestClient appRestClient;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonColumns json;
    @Autowired
    ProjectionRuntime runtime;
    @Autowired
    SearchProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    SpanFactory spans;

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void anIdleCycleAsksElasticsearchOneQuestion() throws Exception {
        try (RestClient counted = RestClient.builder(appRestClient.getNodes().toArray(Node[]::new))
                .setHttpClientConfigCallback(http -> http.addInterceptorLast((HttpRequestInterceptor) (request, context) ->
                        sent.add(request.getRequestLine().getMethod() + " " + request.getRequestLine().getUri())))
                .build()) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(counted, elasticsearch._jsonpMapper()));
            SearchIndexer secondInstance = new SearchIndexer(client, counted, jdbc, json, runtime, properties.indexer(),
                    clock, spans);
            // Its first cycle, whenever the app's own indexer lets it have the turn, may bring the mapping up to date.
            await().atMost(Duration.ofSeconds(30)).until(secondInstance::runOnce);

            // A cycle counts when it had nothing to do: nothing pending before it, nothing shipped, no index made,
            // deleted or switched during it (other tests' products and indices may still be on their way).
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                long shippedBefore = shippedRevisions();
                String indicesBefore = indicesAndAliases();
                boolean nothingPending = pendingDocuments() == 0;
                sent.clear();
                return secondInstance.runOnce() && nothingPending && shippedRevisions() == shippedBefore
                        && indicesAndAliases().equals(indicesBefore);
            });
            assertThat(sent).as("the requests of an idle cycle").singleElement()
                    .satisfies(request -> assertThat(request).startsWith("GET /").contains("/_alias"));
        }
    }

    private String indicesAndAliases() throws IOException {
        return new TreeMap<>(elasticsearch.indices().getAlias(get -> get.index(properties.alias() + "-g*", properties.alias())
                .allowNoIndices(true).ignoreUnavailable(true)).result()).entrySet().stream()
                .map(index -> index.getKey() + "=" + index.getValue().aliases().keySet()).toList().toString();
    }

    private long pendingDocuments() {
        Long pending = jdbc.queryForObject("SELECT count(*) FROM search_document WHERE revision > shipped_revision", Long.class);
        return pending == null ? 0 : pending;
    }

    private long shippedRevisions() {
        Long shipped = jdbc.queryForObject("SELECT coalesce(sum(shipped_revision), 0) FROM search_document", Long.class);
        return shipped == null ? 0 : shipped;
    }
}
