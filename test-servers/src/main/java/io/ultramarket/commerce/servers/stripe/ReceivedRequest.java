package io.ultramarket.commerce.servers.stripe;

import java.util.Map;
import java.util.Optional;

/** One API request as the server received it, for tests that check what a client sends. */
public record ReceivedRequest(String method, String path, Optional<String> idempotencyKey,
                              Optional<String> authorization, Map<String, String> parameters) {
}
