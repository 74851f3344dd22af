package io.ultramarket.commerce.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.projections.search.SearchIndexer;
import org.apache.http.HttpRequestInterceptor;
import org.axonframework.tracing.SpanFactory;
import org.elasticsearch.client.Node;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.elasticsearch.client.RestClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances of the app, one search indexer's cycle at a time (ADR 0056). The instances here are
 * indexers built as the app builds its own, on the run's PostgreSQL and Elasticsearch and with the app's
 * alias, beside the app's own indexer: exactly what a second app instance would run. They are driven one
 * cycle at a time from the test, so each step is decided before it is checked. An idle cycle's cost is counted
 * through such an instance's HTTP client (ADR 0112).
 */
@ApiIntegrationTest
class SearchIndexerTurnsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    RestClient restClient;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonColumns json;
    @Autowired
    ProjectionRuntime runtime;
    @Autowired
    SearchProperties properties;
    @Autowired
    SearchIndexer appIndexer;
    @Autowired
    Clock clock;
    @Autowired
    SpanFactory spans;

    @Test
    void whileOneInstanceRunsACycleNoOtherShips() throws Exception {
        SearchIndexer secondInstance = instanceOnItsOwnClock(clock);
        UUID productId;
        try (Connection midCycle = dataSource.getConnection()) {
            midCycle.setAutoCommit(false);
            // An instance in the middle of its cycle holds this lock; the app's indexer may hold it for a moment.
            await().atMost(Duration.ofSeconds(30)).until(() -> takeTheTurn(midCycle));
            productId = new Catalog(http).create(product("Turn mug", "Shipped by one instance at a time",
                    Searches.newCategoryRoot() + "/mugs", variant(Searches.newCategoryRoot(), "7.00", Map.of())));
            await().atMost(Duration.ofSeconds(30)).until(() -> pending(productId));

            assertThat(secondInstance.runOnce()).as("another instance runs its cycle").isFalse();
            assertThat(secondInstance.hadTheTurn()).isFalse();
            assertThat(pending(productId)).as("nobody ships beside the instance whose turn it is").isTrue();
            assertThat(indexed(productId)).isFalse();
            midCycle.rollback();
        }
        // The turn is free again: the second instance gets it unless the app's own indexer is in its cycle.
        await().atMost(Duration.ofSeconds(30)).until(secondInstance::runOnce);
        assertThat(pending(productId)).isFalse();
        assertThat(indexed(productId)).isTrue();
    }

    @Test
    void anUnusedIndexIsDeletedOnceAfterTheGraceWhicheverInstanceRuns() throws IOException {
        // The app's indexer would see the index unused on the real clock; these instances run on set clocks.
        appIndexer.stop();
        try {
            // Generations count from 1: an index of generation 0 of the alias is unused from the start.
            String leftover = properties.alias() + "-g0-" + System.nanoTime();
            elasticsearch.indices().create(create -> create.index(leftover));
            Instant firstSeen = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Duration grace = properties.indexer().inFlightGrace();
            SearchIndexer first = instanceOnItsOwnClock(Clock.fixed(firstSeen, ZoneOffset.UTC));
            SettableClock laterClock = new SettableClock(firstSeen.plus(grace).minusMillis(1));
            SearchIndexer second = instanceOnItsOwnClock(laterClock);

            // The app's indexer, stopped, may still be finishing a cycle.
            await().atMost(Duration.ofSeconds(30)).until(first::runOnce);
            assertThat(exists(leftover)).as("within the grace").isTrue();
            assertThat(unusedRows(leftover)).isEqualTo(1);

            assertThat(second.runOnce()).isTrue();
            assertThat(exists(leftover)).as("still within the grace the first instance started").isTrue();

            laterClock.set(firstSeen.plus(grace));
            assertThat(second.runOnce()).isTrue();
            assertThat(exists(leftover))
                    .as("the grace counted from the first instance's sighting, not from the second's")
                    .isFalse();
            assertThat(unusedRows(leftover)).isZero();

            assertThat(first.runOnce()).isTrue();
            assertThat(unusedRows(leftover)).as("gone once, not seen unused again").isZero();
        } finally {
            appIndexer.start();
        }
    }

    /**
     * A cycle with nothing to do (nothing to ship, switch or delete) asks Elasticsearch one question: which of the
     * alias's indices exist and where the alias points (ADR 0112). It used to ask four at every poll, a mapping update
     * through the master among them.
     */
    @Test
    void anIdleCycleAsksElasticsearchOneQuestion() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        try (RestClient counted = RestClient.builder(restClient.getNodes().toArray(Node[]::new))
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

    private SearchIndexer instanceOnItsOwnClock(Clock instanceClock) {
        return new SearchIndexer(elasticsearch, restClient, jdbc, json, runtime, properties.indexer(), instanceClock, spans);
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

    /** The lock an indexer's cycle holds (SearchIndexerTurn): per alias, for the cycle's transaction. */
    private boolean takeTheTurn(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtext('search-indexer:' || ?))")) {
            lock.setString(1, properties.alias());
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private boolean pending(UUID productId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT revision > shipped_revision FROM search_document WHERE product_id = ?",
                rows -> rows.next() ? rows.getBoolean(1) : null, productId));
    }

    private boolean indexed(UUID productId) throws IOException {
        return elasticsearch.get(get -> get.index(properties.alias()).id(productId.toString()), JsonNode.class).found();
    }

    private boolean exists(String index) throws IOException {
        return elasticsearch.indices().exists(exists -> exists.index(index)).value();
    }

    private int unusedRows(String index) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM search_index_unused WHERE index_name = ?",
                Integer.class, index);
        return rows == null ? 0 : rows;
    }

    /** An instance's clock that the test moves on. */
    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the indexer asks for instants only");
        }
    }
}
