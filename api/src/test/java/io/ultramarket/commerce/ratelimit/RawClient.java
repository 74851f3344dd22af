package io.ultramarket.commerce.ratelimit;

import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A plain WebClient for the limit tests: it connects from a loopback address of the test's choosing
 * (all of 127.0.0.0/8 is loopback on Linux), so that each test is a client address of its own, and sends
 * the development issuer's token of the user it names (none for an empty name).
 */
final class RawClient {

    /** What a request was answered: status, Retry-After, content type and body. */
    record Answer(int status, String retryAfter, String contentType, String body) {
    }

    private final HttpClient http;
    private final WebClient client;
    private final DevelopmentIssuer issuer;
    private final String localAddress;
    private final int port;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    RawClient(String localAddress, int port, DevelopmentIssuer issuer) {
        this(localAddress, port, issuer, null);
    }

    /** A client whose requests carry {@code X-Forwarded-For: forwardedFor}, as a proxy's (or a forger's) would. */
    private RawClient(String localAddress, int port, DevelopmentIssuer issuer, String forwardedFor) {
        HttpClient connection = HttpClient.create().bindAddress(() -> new InetSocketAddress(localAddress, 0))
                .baseUrl("http://127.0.0.1:" + port);
        this.http = forwardedFor == null ? connection
                : connection.headers(headers -> headers.set("X-Forwarded-For", forwardedFor));
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        this.issuer = issuer;
        this.localAddress = localAddress;
        this.port = port;
    }

    RawClient forwardingFor(String forwardedFor) {
        return new RawClient(localAddress, port, issuer, forwardedFor);
    }

    /**
     * An event stream held open until the caller disposes of it, returned once its status has arrived (so
     * once the server has counted it). Reactor Netty's own client: disposing of it closes the connection,
     * where WebClient would go on reading an endless body to release it.
     */
    Disposable openStream(String path, String user) throws Exception {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Disposable stream = http.headers(headers -> {
                    headers.set(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE);
                    token(user).ifPresent(token -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token));
                })
                .get().uri(path)
                .response((response, body) -> {
                    status.complete(response.status().code());
                    return body;
                })
                .subscribe(chunk -> { }, status::completeExceptionally);
        if (status.get(30, TimeUnit.SECONDS) != 200) {
            stream.dispose();
            throw new IllegalStateException("the stream " + path + " was refused: " + status.get());
        }
        return stream;
    }

    Answer get(String path, String user) {
        return request(path, user, MediaType.ALL).exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> new Answer(response.statusCode().value(),
                                response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                                response.headers().contentType().map(MediaType::toString).orElse(""), body)))
                .block(Duration.ofSeconds(30));
    }

    /**
     * One try to open an event stream: "200 " when it was admitted (and then closed at once, by Reactor
     * Netty, without reading the endless body), else "status retry-after body".
     */
    String tryStream(String path, String user) {
        return http.headers(headers -> {
                    headers.set(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE);
                    token(user).ifPresent(token -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token));
                })
                .get().uri(path)
                .response((response, body) -> response.status().code() == 200
                        ? Mono.just("200 ")
                        : body.aggregate().asString().map(text -> response.status().code() + " "
                                + response.responseHeaders().get(HttpHeaders.RETRY_AFTER) + " " + text))
                .next()
                .block(Duration.ofSeconds(30));
    }

    WebClient.RequestHeadersSpec<?> request(String path, String user, MediaType accept) {
        Optional<String> token = token(user);
        return client.get().uri(path).accept(accept).headers(headers -> token.ifPresent(headers::setBearerAuth));
    }

    private Optional<String> token(String user) {
        return user.isEmpty() ? Optional.empty()
                : Optional.of(tokens.computeIfAbsent(user, name -> issuer.issue(name).accessToken()));
    }
}
