package io.ultramarket.commerce.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of every operation in the OpenAPI document (issue 12): hostile path ids, query values, headers and
 * bodies (huge numbers, exponents, blanks, unicode, deep nesting, wrong types, long texts), sent as each
 * persona. Whatever comes, the answer is never 5xx, every error is problem+json, and a refused request stored
 * no event: each request carries its own X-Correlation-Id, which every event it causes would carry.
 *
 * <p>A fixed seed and number of requests keep the run short and repeatable; the seed is printed, and
 * {@code -Dfuzz.seed=<n> -Dfuzz.requests=<n>} replays or widens a run. Every finding is listed, not only the
 * first. The shared context's rate limits are raised, so every request reaches the API.
 */
@ApiIntegrationTest
class ApiFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 600);

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void noAnswerIsA5xxEveryErrorIsProblemJsonAndARefusalStoresNothing() throws Exception {
        byte[] document = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        List<ApiOperation> operations = ApiOperation.allIn(json.readTree(document));
        assertThat(operations).hasSizeGreaterThan(40);
        System.out.printf("[fuzz] seed %d, %d requests over %d operations%n", SEED, REQUESTS, operations.size());

        HostileRequests requests = new HostileRequests(operations, SEED);
        List<String> findings = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            FuzzRequest request = requests.next();
            EntityExchangeResult<byte[]> answer = send(request);
            int status = answer.getStatus().value();
            if (status >= 400) {
                refused++;
            }
            check(request, answer, status).ifPresent(finding -> findings.add("#" + findings.size() + " " + finding));
        }
        System.out.printf("[fuzz] seed %d: %d requests, %d refused, %d findings%n", SEED, REQUESTS, refused,
                findings.size());
        assertThat(findings).as("findings of seed %d", SEED).isEmpty();
    }

    private Optional<String> check(FuzzRequest request, EntityExchangeResult<byte[]> answer, int status) {
        if (status >= 500) {
            return Optional.of(request + " answered " + status + ": " + body(answer));
        }
        if (status < 400) {
            return Optional.empty();
        }
        MediaType type = answer.getResponseHeaders().getContentType();
        if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return Optional.of(request + " answered " + status + " as " + type + ": " + body(answer));
        }
        long stored = eventsCausedBy(request.correlationId());
        return stored == 0 ? Optional.empty()
                : Optional.of(request + " was refused with " + status + " but stored " + stored + " events");
    }

    private EntityExchangeResult<byte[]> send(FuzzRequest request) {
        WebTestClient.RequestBodySpec spec = http.method(HttpMethod.valueOf(request.method()))
                .uri(builder -> builder.path(request.pathTemplate())
                        .query(request.query().isEmpty() ? null : request.query())
                        .build(request.pathValues()))
                .attributes(TestUsers.as(request.user()))
                .header("X-Correlation-Id", request.correlationId())
                .headers(headers -> request.headers().forEach(headers::set));
        if (request.body() == null) {
            return spec.exchange().expectBody().returnResult();
        }
        if (!request.headers().containsKey("Content-Type")) {
            spec = spec.contentType(MediaType.APPLICATION_JSON);
        }
        return spec.bodyValue(request.body()).exchange().expectBody().returnResult();
    }

    /** Events whose metadata carries the request's correlation id (the metadata is JSON in a bytea column). */
    private long eventsCausedBy(String correlationId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry "
                + "WHERE position(convert_to(?, 'UTF8') IN meta_data) > 0", Long.class, correlationId);
        return count == null ? 0 : count;
    }

    private static String body(EntityExchangeResult<byte[]> answer) {
        byte[] content = answer.getResponseBodyContent();
        if (content == null) {
            return "(no body)";
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
