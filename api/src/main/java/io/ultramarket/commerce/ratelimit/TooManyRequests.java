package io.ultramarket.commerce.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** The 429 answer: problem+json {@code /problems/too-many-requests} and Retry-After in whole seconds (at least 1). */
@Component
class TooManyRequests {

    static final String SLUG = "too-many-requests";

    private final ProblemWriter problems;

    TooManyRequests(ObjectMapper json) {
        this.problems = new ProblemWriter(json);
    }

    Mono<Void> refuse(ServerWebExchange exchange, Duration retryAfter, String detail) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, ProblemWriter.problem(exchange, HttpStatus.TOO_MANY_REQUESTS, SLUG,
                "Too many requests", detail + "; retry after " + seconds + " s"));
    }
}
