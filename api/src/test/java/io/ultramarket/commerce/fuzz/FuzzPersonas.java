package io.ultramarket.commerce.fuzz;

import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.security.CartToken;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Who the fuzzer calls as: the access matrix's personas (nobody, customer A who owns a cart and an order,
 * customer B, a guest with the token of a guest cart of their own, and one user per staff role), and a
 * customer new to the shop for each request.
 */
final class FuzzPersonas {

    static final List<String> NAMES = List.of("nobody", "customer-a", "customer-b", "new-customer", "guest",
            "support", "merchandiser", "analyst", "auditor", "admin");

    private final UUID customerA;
    private final UUID customerB;
    private final String guestCartToken;

    FuzzPersonas(UUID customerA, UUID customerB, String guestCartToken) {
        this.customerA = customerA;
        this.customerB = customerB;
        this.guestCartToken = guestCartToken;
    }

    /** Sends the request as {@code persona}; a new customer's id follows from the request's correlation id. */
    void apply(FuzzRequest request, WebTestClient.RequestHeadersSpec<?> spec) {
        switch (request.user()) {
            case "nobody" -> spec.attributes(TestUsers.anonymous());
            case "customer-a" -> spec.attributes(TestUsers.asCustomer(customerA));
            case "customer-b" -> spec.attributes(TestUsers.asCustomer(customerB));
            case "new-customer" -> spec.attributes(TestUsers.asCustomer(
                    UUID.nameUUIDFromBytes(request.correlationId().getBytes(StandardCharsets.UTF_8))));
            case "guest" -> spec.attributes(TestUsers.anonymous()).header(CartToken.HEADER, guestCartToken);
            default -> spec.attributes(TestUsers.as(request.user()));
        }
    }
}
