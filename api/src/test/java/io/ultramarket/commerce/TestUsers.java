package io.ultramarket.commerce;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Who a test request is sent as. The tests' {@code WebTestClient} sends every request with a token of the
 * development issuer: {@value #DEFAULT_USER}'s unless the request says otherwise, as in
 * {@code http.get().uri(...).attributes(TestUsers.as("ada"))}.
 */
public final class TestUsers {

    /** The request attribute that names the user. */
    public static final String ATTRIBUTE = TestUsers.class.getName() + ".user";
    /** Staff who may do all staff work: what most tests need to arrange and inspect things. */
    public static final String DEFAULT_USER = "admin";
    /** No token at all. */
    public static final String ANONYMOUS = "";

    private TestUsers() {
    }

    public static Consumer<Map<String, Object>> as(String username) {
        return attributes -> attributes.put(ATTRIBUTE, username);
    }

    /** The development issuer's customer whose id (the token's subject) is {@code customerId}. */
    public static Consumer<Map<String, Object>> asCustomer(UUID customerId) {
        return as(customerId.toString());
    }

    public static Consumer<Map<String, Object>> anonymous() {
        return as(ANONYMOUS);
    }
}
