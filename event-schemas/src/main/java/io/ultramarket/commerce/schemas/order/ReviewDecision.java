package io.ultramarket.commerce.schemas.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** A reviewer's decision on an order held for review; {@code "approve"} or {@code "reject"} on the wire. */
public enum ReviewDecision {
    APPROVE, REJECT;

    @JsonCreator
    public static ReviewDecision parse(String text) {
        if (text != null) {
            for (ReviewDecision decision : values()) {
                if (decision.wire().equals(text)) {
                    return decision;
                }
            }
        }
        throw new IllegalArgumentException("decision must be \"approve\" or \"reject\", was " + (text == null ? "missing" : "\"" + text + "\""));
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
