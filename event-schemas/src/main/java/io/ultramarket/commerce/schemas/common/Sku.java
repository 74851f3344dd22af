package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** A stock keeping unit: one sellable variant of a product. Written as a plain string on the wire. */
public record Sku(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Sku {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("SKU must not be blank");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("SKU '" + value
                    + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
