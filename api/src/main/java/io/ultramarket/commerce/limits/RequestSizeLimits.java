package io.ultramarket.commerce.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Our limits on URI, headers and body, before security or routing spend anything on the request. Netty's
 * own limits are set higher ({@code server.netty.max-initial-line-length}, {@code
 * server.max-http-request-header-size}), so that a request between the two gets a problem+json answer from
 * here; one beyond Netty's is refused by Netty with a bare status, since it never becomes a request.
 * A body is refused by its Content-Length at once, and a body without one (chunked) when it grows past
 * the limit while being read ({@link RequestBodyTooLarge}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimits implements WebFilter {

    private final InputLimits limits;
    private final ProblemWriter problems;

    RequestSizeLimits(InputLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.problems = new ProblemWriter(json);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long maxBody = limits.maxBodySize().toBytes();
        if (uriLength(request.getURI()) > limits.maxUriLength()) {
            return refuse(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "the path and query are longer than " + limits.maxUriLength() + " characters");
        }
        if (headerBytes(request.getHeaders()) > limits.maxHeaderSize().toBytes()) {
            return refuse(exchange, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request-header-fields-too-large",
                    "Request header fields too large", "the request's headers are larger than "
                            + limits.maxHeaderSize().toBytes() + " bytes together");
        }
        if (request.getHeaders().getContentLength() > maxBody) {
            return refuse(exchange, HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyTooLarge.SLUG, RequestBodyTooLarge.TITLE,
                    new RequestBodyTooLarge(maxBody).getMessage());
        }
        return chain.filter(exchange.mutate().request(new CountedBody(request, maxBody)).build());
    }

    private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail) {
        // The body, if any, is not read: the connection is closed after the answer rather than drained.
        exchange.getResponse().getHeaders().setConnection("close");
        return problems.write(exchange, ProblemWriter.problem(exchange, status, slug, title, detail));
    }

    private static int uriLength(URI uri) {
        String query = uri.getRawQuery();
        return uri.getRawPath().length() + (query == null ? 0 : query.length() + 1);
    }

    private static long headerBytes(HttpHeaders headers) {
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }

    /** The body as it arrives, failing as soon as more than the limit has come. */
    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountedBody(ServerHttpRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new RequestBodyTooLarge(maxBytes));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
