package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** The code of a warehouse that holds stock, such as {@code BER-1}. Written as a plain string on the wire. */
public record WarehouseId(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    public WarehouseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("warehouse must not be blank");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("warehouse '" + value
                    + "' must be 1 to 32 letters, digits, '_' or '-', starting with a letter or digit");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WarehouseId of(String value) {
        return new WarehouseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
