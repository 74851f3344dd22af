package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.netty.util.concurrent.EventExecutor;
import io.ultramarket.commerce.query.search.ElasticsearchReads;
import io.ultramarket.commerce.query.search.ElasticsearchReads.ElasticsearchRefused;
import io.ultramarket.commerce.query.search.ElasticsearchReads.UnreadableAnswer;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The searches' own client against the real Elasticsearch (ADR 0102): a node that refuses connections is passed
 * over for the next one, a refusal by Elasticsearch itself is not repeated and says what Elasticsearch said, an
 * answer that is not JSON (a proxy's page, say) fails without being asked for again, and with no node answering
 * the search fails on the connection; a search sent on one of Reactor Netty's event loops is answered on that loop,
 * over a connection of its own (ADR 0115).
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
    void anAnswerThatIsNotJsonIsNotAskedForAgain() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        HttpServer garbling = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        garbling.createContext("/", exchange -> {
            asked.incrementAndGet();
            byte[] notJson = "<html>a proxy's page</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, notJson.length);
            exchange.getResponseBody().write(notJson);
            exchange.close();
        });
        garbling.start();
        try (var reads = reads(List.of(URI.create("http://127.0.0.1:" + garbling.getAddress().getPort())))) {
            assertThatThrownBy(() -> reads.post("/_search", COUNT_ONLY, JsonNode.class).block(Duration.ofSeconds(30)))
                    .isInstanceOf(UnreadableAnswer.class);
            assertThat(asked).hasValue(1);
        } finally {
            garbling.stop(0);
        }
    }

    @Test
    void withNoNodeAnsweringTheSearchFailsOnTheConnection() throws IOException {
        try (var reads = reads(List.of(closedPort(), closedPort()))) {
            assertThatThrownBy(() -> reads.post("/_search", COUNT_ONLY, JsonNode.class).block(Duration.ofSeconds(30)))
                    .satisfies(failure -> assertThat(causes(failure)).hasAtLeastOneElementOfType(ConnectException.class));
        }
    }

    @Test
    void aSearchSentOnAnEventLoopIsAnsweredOnThatLoop() throws Exception {
        List<EventExecutor> loops = new ArrayList<>();
        HttpClient defaults = HttpClient.create();
        defaults.configuration().loopResources().onClient(defaults.configuration().isPreferNative())
                .forEach(loops::add);
        assertThat(loops).hasSizeGreaterThan(1);
        try (var reads = reads(List.of(URI.create(RealServers.elasticsearch().url())))) {
            // One loop after the other, twice: each finds the connections the loops before it made idle in a shared
            // pool, and would be answered on the loop that made the one it took.
            for (int round = 0; round < 2; round++) {
                for (EventExecutor loop : loops) {
                    Thread loopThread = loop.submit(Thread::currentThread).get(10, TimeUnit.SECONDS);
                    CompletableFuture<Thread> answeredOn = new CompletableFuture<>();
                    loop.execute(() -> reads.post("/_search", COUNT_ONLY, JsonNode.class)
                            .map(answer -> Thread.currentThread())
                            .subscribe(answeredOn::complete, answeredOn::completeExceptionally));
                    assertThat(answeredOn.get(30, TimeUnit.SECONDS)).isSameAs(loopThread);
                }
            }
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
