package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A positive count of units. Zero and negative quantities are rejected: removing is its own command. */
public record Quantity(@JsonValue int value) {

    public static final int MAX = 1_000_000;

    public Quantity {
        if (value < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + value);
        }
        if (value > MAX) {
            throw new IllegalArgumentException("quantity must be at most " + MAX + ", was " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Quantity of(int value) {
        return new Quantity(value);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value + other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
