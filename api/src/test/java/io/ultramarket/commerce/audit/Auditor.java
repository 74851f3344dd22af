package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An auditor's requests to the audit API, with the answers read as JSON the way a client reads them. */
final class Auditor {

    private final WebTestClient http;
    private final ObjectMapper json = new ObjectMapper();

    Auditor(WebTestClient http) {
        this.http = http;
    }

    List<JsonNode> history(String aggregateType, Object aggregateId) {
        JsonNode events = ok(get("/audit/" + aggregateType + "/" + aggregateId + "/events"));
        List<JsonNode> history = new ArrayList<>();
        events.forEach(history::add);
        return history;
    }

    JsonNode page(long after, int limit) {
        return ok(get("/audit/events?after=" + after + "&limit=" + limit));
    }

    /** Follows {@code next} from page to page until a page has none. */
    List<JsonNode> allPages(long after, int limit) {
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = page(after, limit);
        pages.add(page);
        while (!page.get("next").isNull()) {
            page = page(page.get("next").asLong(), limit);
            pages.add(page);
        }
        return pages;
    }

    /** Reads the NDJSON export line by line, as a client of a long stream would. */
    List<JsonNode> export(long after) {
        return http.get().uri("/audit/events?after=" + after).accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .returnResult(String.class).getResponseBody()
                .map(this::parse)
                .collectList()
                .block(Duration.ofSeconds(30));
    }

    WebTestClient.ResponseSpec stateAt(String aggregateType, Object aggregateId, Object at) {
        return get("/audit/" + aggregateType + "/" + aggregateId + "/state?at=" + at);
    }

    JsonNode state(String aggregateType, Object aggregateId, Instant at) {
        return ok(stateAt(aggregateType, aggregateId, at));
    }

    JsonNode verify(String aggregateType, Object aggregateId) {
        return ok(get("/audit/" + aggregateType + "/" + aggregateId + "/verify"));
    }

    /** The whole store against the latest signed checkpoint. */
    JsonNode verifyStore() {
        return ok(get("/audit/verify"));
    }

    WebTestClient.ResponseSpec get(String uri) {
        return http.get().uri(uri).exchange();
    }

    private JsonNode ok(WebTestClient.ResponseSpec response) {
        String body = response.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        return parse(body);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
