package io.ultramarket.commerce.fuzz;

import io.ultramarket.commerce.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;

/** What ApiFuzzIT found (seed 20261202), kept as plain regression tests. */
@ApiIntegrationTest
class FuzzFindingsIT {

    @Autowired
    WebTestClient http;

    /** Spring Security's firewall refused such paths with a bare 400 and no body. */
    @Test
    void aPathTheFirewallRefusesIsAProblemNamingThePath() {
        var encodedSlash = http.get().uri(builder -> builder.path("/orders/{id}").build("a/b")).exchange();
        expectProblem(encodedSlash, 400, "/problems/invalid-request").jsonPath("$.errors[0].field").isEqualTo("$path");
        var percent = http.post().uri(builder -> builder.path("/admin/dead-letters/{id}/retry").build("%tp")).exchange();
        expectProblem(percent, 400, "/problems/invalid-request");
    }

    /** A 406 to a client that accepts only event streams was written as an event stream. */
    @Test
    void aRouteThatCannotAnswerAnEventStreamSaysSoInProblemJson() {
        var response = http.get().uri("/products/" + UUID.randomUUID()).accept(MediaType.TEXT_EVENT_STREAM).exchange();
        expectProblem(response, 406, "about:blank");
    }
}
