package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.query.search.ElasticsearchReads;
import io.ultramarket.commerce.query.search.ElasticsearchReads.ElasticsearchRefused;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The searches' own client against the real Elasticsearch (ADR 0102): a node that refuses connections is passed
 * over for the next one, a refusal by Elasticsearch itself is not repeated and says what Elasticsearch said, and
 * with no node answering the search fails on the connection.
 */
class ElasticsearchReadsIT {

    private static final byte[] COUNT_ONLY = "{\"size\":0,\"track_total_hits\":true}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aNodeThatRefusesConnectionsIsPassedOverForTheNext() throws IOException {
        URI live = URI.create(RealServers.elasticsearch().url());
        try (var reads = reads(List.of(closedPort(), live))) {
            // Each search starts at the next node in turn: whichever it starts at, it is answered.
            for (int search = 0; search < 4; search++) {
                JsonNode answer = reads.post("/_search", COUNT_ONLY, JsonNode.class).block(Duration.ofSeconds(30));
                assertThat(answer.path("hits").path("total").path("value").isIntegralNumber()).isTrue();
            }
        }
    }

    @Test
    void aRefusalIsNotRepeatedAndSaysWhatElasticsearchSaid() {
        try (var reads = reads(List.of(URI.create(RealServers.elasticsearch().url())))) {
            assertThatThrownBy(() -> reads.post("/no-such-index-for-reads-it/_search", COUNT_ONLY, JsonNode.class)
                    .block(Duration.ofSeconds(30)))
                    .isInstanceOf(ElasticsearchRefused.class)
                    .hasMessageContaining("404")
                    .hasMessageContaining("index_not_found_exception");
        }
    }

    @Test
    void withNoNodeAnsweringTheSearchFailsOnTheConnection() throws IOException {
        try (var reads = reads(List.of(closedPort(), closedPort()))) {
            assertThatThrownBy(() -> reads.post("/_search", COUNT_ONLY, JsonNode.class).block(Duration.ofSeconds(30)))
                    .satisfies(failure -> assertThat(causes(failure)).hasAtLeastOneElementOfType(ConnectException.class));
        }
    }

    private static ElasticsearchReads reads(List<URI> nodes) {
        return new ElasticsearchReads(nodes, Duration.ofSeconds(2), Duration.ofSeconds(10), 4, 10);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** An address on this machine where nothing listens: a port just freed. */
    private static URI closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
