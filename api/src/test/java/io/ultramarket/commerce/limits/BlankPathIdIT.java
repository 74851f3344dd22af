package io.ultramarket.commerce.limits;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;

/**
 * A blank path id (" ", sent as %20) turned into null by Spring's converters used to be a 500 on every route
 * with a UUID in its path (issue 12): it is a 400 naming the variable.
 */
@ApiIntegrationTest
class BlankPathIdIT {

    @Autowired
    WebTestClient http;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /carts/{id}/items, cartId, customer",
            "GET, /carts/{id}, cartId, customer",
            "POST, /carts/{id}/checkout, cartId, customer",
            "GET, /orders/{id}, orderId, admin",
            "POST, /orders/{id}/cancel, orderId, admin",
            "GET, /orders/{id}/payments, orderId, admin",
            "GET, /products/{id}, productId, admin",
            "PUT, /products/{id}, productId, admin",
            "POST, /payments/{id}/refunds, paymentId, admin",
    })
    void aBlankIdIsA400NamingIt(String method, String path, String variable, String user) {
        String who = user.equals("customer") ? UUID.randomUUID().toString() : user;
        var response = http.method(HttpMethod.valueOf(method)).uri(builder -> builder.path(path).build(" "))
                .attributes(TestUsers.as(who))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
        expectProblem(response, 400, "/problems/invalid-request").jsonPath("$.errors[0].field").isEqualTo(variable);
    }
}
