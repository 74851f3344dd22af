package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Read requests to Elasticsearch (searches), sent with Reactor Netty on the event loops that the app's own HTTP
 * server runs on: a search is sent, and its answer read and turned into the shopper's answer, on the thread that
 * received the shopper's request, with no hand-off to another thread and no lock (ADR 0102). The pool's
 * connections are kept alive between searches; a request that fails on its connection (one the server closed, say)
 * is sent once more, to the next node, since a read can be repeated. Answers other than 2xx fail with
 * {@link ElasticsearchRefused}.
 */
public final class ElasticsearchReads implements AutoCloseable {

    private static final int MAX_ERROR_TEXT = 500;

    private final ConnectionProvider pool;
    private final HttpClient http;
    private final List<String> nodes;
    private final AtomicInteger next = new AtomicInteger();
    private final JsonMapper answers = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * @param nodes          the cluster's nodes ({@code http://host:port}), asked in turn
     * @param connectTimeout the longest wait for a new connection
     * @param answerTimeout  the longest wait for an answer once the request is sent
     * @param maxConnections connections kept to the cluster at most; up to {@code maxWaiting} more searches wait for one
     *                       and the next ones fail at once (a flood of searches answers 503 rather than queueing
     *                       without bound)
     */
    public ElasticsearchReads(List<URI> nodes, Duration connectTimeout, Duration answerTimeout, int maxConnections,
                              int maxWaiting) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("Elasticsearch needs at least one node");
        }
        this.nodes = nodes.stream().map(node -> node.toString().replaceAll("/+$", "")).toList();
        this.pool = ConnectionProvider.builder("elasticsearch-reads")
                .maxConnections(maxConnections)
                .pendingAcquireMaxCount(maxWaiting)
                .pendingAcquireTimeout(answerTimeout)
                .build();
        this.http = HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()))
                .responseTimeout(answerTimeout)
                .headers(headers -> headers
                        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON));
    }

    /**
     * Posts {@code body} (JSON) to {@code path} (with its query, e.g. {@code /products/_search}) and reads the
     * answer as {@code answer}; lazily, once per subscription.
     */
    public <T> Mono<T> post(String path, byte[] body, Class<T> answer) {
        ObjectReader reader = answers.readerFor(answer);
        return Mono.defer(() -> exchange(nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size())) + path, body))
                .retryWhen(Retry.max(1).filter(ElasticsearchReads::isConnectionFailure)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .map(bytes -> read(reader, bytes));
    }

    private Mono<byte[]> exchange(String uri, byte[] body) {
        return http.post().uri(uri)
                // A buffer per attempt: the client releases it once written.
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                        .flatMap(bytes -> response.status().code() / 100 == 2 ? Mono.just(bytes)
                                : Mono.error(new ElasticsearchRefused(response.status().code(), excerpt(bytes)))));
    }

    private static <T> T read(ObjectReader reader, byte[] bytes) {
        try {
            return reader.readValue(bytes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Elasticsearch's answer could not be read", unreadable);
        }
    }

    private static String excerpt(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() <= MAX_ERROR_TEXT ? text : text.substring(0, MAX_ERROR_TEXT) + "…";
    }

    private static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Elasticsearch answered, but not with success: its status and the start of what it said. */
    public static final class ElasticsearchRefused extends RuntimeException {

        ElasticsearchRefused(int status, String answer) {
            super("Elasticsearch answered " + status + ": " + answer);
        }
    }
}
