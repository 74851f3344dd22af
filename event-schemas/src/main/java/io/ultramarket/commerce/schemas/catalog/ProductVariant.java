package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sellable form of a product: its SKU, its price, and the attributes that tell it apart from its
 * siblings (for example {@code size: 42}, {@code colour: blue}). Attribute names and values are short,
 * non-blank texts; the map is kept sorted by name so equal variants are equal records and print alike.
 */
public record ProductVariant(Sku sku, Money price, Map<String, String> attributes) {

    static final int MAX_ATTRIBUTES = 20;
    static final int MAX_TEXT = 64;

    public ProductVariant {
        if (sku == null) {
            throw new IllegalArgumentException("sku is required");
        }
        if (price == null) {
            throw new IllegalArgumentException("price of " + sku + " is required");
        }
        attributes = sortedCopy(sku, attributes == null ? Map.of() : attributes);
    }

    private static Map<String, String> sortedCopy(Sku sku, Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("variant " + sku + " has " + attributes.size()
                    + " attributes, at most " + MAX_ATTRIBUTES + " are allowed");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        attributes.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > MAX_TEXT) {
                throw new IllegalArgumentException("attribute names of " + sku + " must be 1 to " + MAX_TEXT
                        + " characters, was '" + name + "'");
            }
            if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
                throw new IllegalArgumentException("attribute '" + name + "' of " + sku + " must be 1 to "
                        + MAX_TEXT + " characters, was '" + value + "'");
            }
            sorted.put(name, value);
        });
        return Collections.unmodifiableSortedMap(sorted);
    }
}
