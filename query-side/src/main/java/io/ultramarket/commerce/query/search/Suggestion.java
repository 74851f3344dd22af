package io.ultramarket.commerce.query.search;

import java.util.UUID;

/** An autocomplete proposal: the product's name and its id. */
public record Suggestion(String text, UUID productId, String name) {
}
