package io.ultramarket.commerce.load;

import java.util.UUID;

/** A customer of the load run, with the access token its requests carry. */
record Shopper(UUID customerId, String token) {
}
