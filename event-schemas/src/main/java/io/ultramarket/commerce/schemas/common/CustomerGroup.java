package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A group of customers that may have prices of its own ({@code b2b}, {@code staff}, {@code vip}): staff put a
 * customer in one group at most. Lower-case letters, digits and '-', 1 to 32 characters; a plain string on
 * the wire.
 */
public record CustomerGroup(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public CustomerGroup {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a customer group is 1 to 32 lower-case letters, digits or '-', "
                    + "starting with a letter or digit, such as b2b; was '" + value + "'");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CustomerGroup of(String value) {
        return new CustomerGroup(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
