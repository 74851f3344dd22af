package io.ultramarket.commerce.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's record is made the first time they use it, from their token; the address book is theirs alone. */
@ApiIntegrationTest
class CustomersIT {

    private static final Map<String, String> MAIN_STREET = Map.of("recipient", "Grace Hopper", "line1", "Main Street 1",
            "postalCode", "10115", "city", "Berlin", "country", "DE");
    private static final Map<String, String> HIGH_STREET = Map.of("recipient", "Grace Hopper", "line1", "High Street 2",
            "postalCode", "10117", "city", "Berlin", "country", "DE");

    @Autowired
    WebTestClient http;

    @Test
    void theFirstVisitMakesTheRecordFromTheTokensSubjectEmailAndName() {
        String username = "grace-" + UUID.randomUUID().toString().substring(0, 8);
        Consumer<Map<String, Object>> grace = TestUsers.as(username);

        JsonNode me = me(grace, null);
        assertThat(UUID.fromString(me.get("customerId").asText())).isNotNull();
        assertThat(me.get("email").asText()).isEqualTo(username + "@example.com");
        assertThat(me.get("name").asText()).isEqualTo(username);
        assertThat(me.get("addresses")).isEmpty();
        // The second visit finds the same record.
        assertThat(me(grace, null).get("customerId").asText()).isEqualTo(me.get("customerId").asText());
    }

    @Test
    void aCustomerKeepsAnAddressBook() {
        Consumer<Map<String, Object>> grace = TestUsers.asCustomer(UUID.randomUUID());
        var added = send(grace, http.post().uri("/customers/me/addresses"), MAIN_STREET)
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
        String addressId = added.getResponseBody().get("addressId").asText();
        assertThat(added.getResponseHeaders().getLocation()).hasToString("/customers/me/addresses/" + addressId);

        String changed = Shop.positionOf(send(grace, http.put().uri("/customers/me/addresses/" + addressId), HIGH_STREET));
        JsonNode book = me(grace, changed).get("addresses");
        assertThat(book).hasSize(1);
        assertThat(book.get(0).get("addressId").asText()).isEqualTo(addressId);
        assertThat(book.get(0).get("address").get("line1").asText()).isEqualTo("High Street 2");

        String removed = Shop.positionOf(http.delete().uri("/customers/me/addresses/" + addressId).attributes(grace).exchange());
        http.get().uri("/customers/me/addresses").attributes(grace).header(ReadYourWrites.POSITION_HEADER, removed).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void anotherCustomersAddressIsNotInOnesOwnBook() {
        Consumer<Map<String, Object>> grace = TestUsers.asCustomer(UUID.randomUUID());
        Consumer<Map<String, Object>> mallory = TestUsers.asCustomer(UUID.randomUUID());
        String addressId = send(grace, http.post().uri("/customers/me/addresses"), MAIN_STREET)
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("addressId").asText();

        // Mallory has no record yet, so no address at all: not found, and the refused change registers nobody.
        send(mallory, http.put().uri("/customers/me/addresses/" + addressId), HIGH_STREET)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
        assertThat(me(mallory, null).get("addresses")).isEmpty();
    }

    @Test
    void staffHaveNoCustomerRecord() {
        http.get().uri("/customers/me").attributes(TestUsers.as("support")).exchange().expectStatus().isForbidden();
    }

    private JsonNode me(Consumer<Map<String, Object>> user, String position) {
        var request = http.get().uri("/customers/me").attributes(user);
        if (position != null) {
            request = request.header(ReadYourWrites.POSITION_HEADER, position);
        }
        return request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static WebTestClient.ResponseSpec send(Consumer<Map<String, Object>> user,
                                                   WebTestClient.RequestBodySpec request, Object body) {
        return request.attributes(user).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
