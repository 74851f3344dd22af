package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.util.concurrent.EventExecutor;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Read requests to Elasticsearch (searches), sent with Reactor Netty on the event loops that the app's own HTTP
 * server runs on: a search is sent, and its answer read and turned into the shopper's answer, on the thread that
 * received the shopper's request, with no hand-off to another thread and no lock (ADR 0102). Each of those event
 * loops has a pool of its own, whose connections it made and serves (ADR 0115): a connection from a shared pool
 * lives on whichever loop made it, and a search sent on it would cross to that loop and back. Calls from any other
 * thread share one more pool. Connections are kept alive between searches; a request that fails on its connection
 * (one the server closed, say) is sent once more, to the next node, since a read can be repeated. Answers other than
 * 2xx fail with {@link ElasticsearchRefused}.
 */
public final class ElasticsearchReads implements AutoCloseable {

    private static final int MAX_ERROR_TEXT = 500;

    /** The event loops' own clients, in the order of {@link #loops}. */
    private final List<HttpClient> ownClients = new ArrayList<>();
    private final List<EventExecutor> loops = new ArrayList<>();
    private final HttpClient elsewhere;
    private final List<ConnectionProvider> pools = new ArrayList<>();
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
     *                       without bound). Both are shared out evenly among the pools, one each at least.
     */
    public ElasticsearchReads(List<URI> nodes, Duration connectTimeout, Duration answerTimeout, int maxConnections,
                              int maxWaiting) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("Elasticsearch needs at least one node");
        }
        this.nodes = nodes.stream().map(node -> node.toString().replaceAll("/+$", "")).toList();
        HttpClient defaults = HttpClient.create();
        defaults.configuration().loopResources().onClient(defaults.configuration().isPreferNative())
                .forEach(loops::add);
        int pools = loops.size() + 1;
        int connectionsEach = Math.max(1, maxConnections / pools);
        int waitingEach = Math.max(1, maxWaiting / pools);
        for (int loop = 0; loop < loops.size(); loop++) {
            ownClients.add(client("elasticsearch-reads-" + loop, connectTimeout, answerTimeout, connectionsEach,
                    waitingEach));
        }
        this.elsewhere = client("elasticsearch-reads", connectTimeout, answerTimeout, connectionsEach, waitingEach);
    }

    private HttpClient client(String name, Duration connectTimeout, Duration answerTimeout, int maxConnections,
                              int maxWaiting) {
        ConnectionProvider pool = ConnectionProvider.builder(name)
                .maxConnections(maxConnections)
                .pendingAcquireMaxCount(maxWaiting)
                .pendingAcquireTimeout(answerTimeout)
                .build();
        pools.add(pool);
        // Reactor Netty's client loops are its server's, colocated: a connection made on one of them stays on it.
        return HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()))
                .responseTimeout(answerTimeout)
                .headers(headers -> headers
                        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON));
    }

    /** The pool of the event loop running this thread, or the others' pool. */
    private HttpClient clientHere() {
        for (int loop = 0; loop < loops.size(); loop++) {
            if (loops.get(loop).inEventLoop()) {
                return ownClients.get(loop);
            }
        }
        return elsewhere;
    }

    /**
     * Posts {@code body} (JSON) to {@code path} (with its query, e.g. {@code /products/_search}) and reads the
     * answer as {@code answer}; lazily, once per subscription.
     */
    public <T> Mono<T> post(String path, byte[] body, Class<T> answer) {
        ObjectReader reader = answers.readerFor(answer);
        return Mono.defer(() -> this.<T>exchange(nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size())) + path,
                        body, reader))
                .retryWhen(Retry.max(1).filter(ElasticsearchReads::isConnectionFailure)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private <T> Mono<T> exchange(String uri, byte[] body, ObjectReader reader) {
        return clientHere().post().uri(uri)
                // A buffer per attempt: the client releases it once written.
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                // The answer is read from the received buffers themselves, not from a copy of them.
                .responseSingle((response, content) -> content.asInputStream()
                        .defaultIfEmpty(InputStream.nullInputStream())
                        .<T>handle((answer, sink) -> {
                            try (answer) {
                                int status = response.status().code();
                                if (status / 100 == 2) {
                                    sink.next(reader.readValue(answer));
                                } else {
                                    sink.error(new ElasticsearchRefused(status, excerpt(answer)));
                                }
                            } catch (IOException unreadable) {
                                sink.error(new UnreadableAnswer(unreadable));
                            }
                        }));
    }

    private static String excerpt(InputStream answer) throws IOException {
        String text = new String(answer.readNBytes(MAX_ERROR_TEXT * 4), StandardCharsets.UTF_8);
        return text.length() <= MAX_ERROR_TEXT ? text : text.substring(0, MAX_ERROR_TEXT) + "…";
    }

    /** Whether the request failed on its way, before any answer: an answer, even an unreadable one, is not. */
    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof ElasticsearchRefused || failure instanceof UnreadableAnswer) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        pools.forEach(ConnectionProvider::dispose);
    }

    /** Elasticsearch answered with success, but not in JSON this reader can read. */
    public static final class UnreadableAnswer extends RuntimeException {

        UnreadableAnswer(IOException cause) {
            super("Elasticsearch's answer could not be read", cause);
        }
    }

    /** Elasticsearch answered, but not with success: its status and the start of what it said. */
    public static final class ElasticsearchRefused extends RuntimeException {

        ElasticsearchRefused(int status, String answer) {
            super("Elasticsearch answered " + status + ": " + answer);
        }
    }
}
