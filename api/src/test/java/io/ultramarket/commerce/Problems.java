package io.ultramarket.commerce;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What every refused request answers: problem+json with the expected status and type. */
public final class Problems {

    private Problems() {
    }

    public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status,
                                                              String type) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.type").isEqualTo(type)
                .jsonPath("$.title").isNotEmpty();
    }
}
