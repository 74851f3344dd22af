package io.ultramarket.commerce.problem;

import io.ultramarket.commerce.analytics.AnalyticsNotConfigured;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** How analytics' refusals read as problem+json. */
class AnalyticsProblemsTest {

    private final WebTestClient http = WebTestClient.bindToController(new Refusals()).controllerAdvice(new ProblemAdvice()).build();

    @Test
    void analyticsWithoutClickHouseIsA503NamingTheMissingSetting() {
        http.get().uri("/not-configured").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/analytics-not-configured")
                .jsonPath("$.title").isEqualTo("Analytics not configured")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("commerce.clickhouse.url"));
    }

    @Test
    void invalidParametersAreA400WithEveryFieldsError() {
        http.get().uri("/invalid").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("from")
                .jsonPath("$.errors[1].field").isEqualTo("limit");
    }

    @RestController
    static class Refusals {

        @GetMapping("/not-configured")
        Mono<String> notConfigured() {
            return Mono.error(new AnalyticsNotConfigured());
        }

        @GetMapping("/invalid")
        Mono<String> invalid() {
            return Mono.error(new InvalidParameters(List.of(new FieldError("from", "from is required"),
                    new FieldError("limit", "limit must be between 1 and 100, was 0"))));
        }
    }
}
