package io.ultramarket.commerce.fuzz;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** What ApiFuzzIT found (seed 20261202), kept as plain regression tests. */
@ApiIntegrationTest
class FuzzFindingsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;

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

    /**
     * A new customer's first read with a position no command answered: the customer was registered (one
     * event stored) and then the request was refused (found with the admin's DELETE route in the draw).
     */
    @Test
    void aNewCustomersReadWithAPositionBeyondTheHeadRegistersNobody() {
        UUID newcomer = UUID.randomUUID();
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);

        var response = http.get().uri("/customers/me/addresses").attributes(TestUsers.asCustomer(newcomer))
                .header("Commerce-Position", String.valueOf(head + 1_000_000)).exchange();

        expectProblem(response, 400, "/problems/invalid-request").jsonPath("$.errors[0].field").isEqualTo("Commerce-Position");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, newcomer.toString())).isZero();
    }
}
