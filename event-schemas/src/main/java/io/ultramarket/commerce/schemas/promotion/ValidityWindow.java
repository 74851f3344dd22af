package io.ultramarket.commerce.schemas.promotion;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.Instant;

/**
 * When a promotion may be used: from {@code from} (inclusive, or always when null) until {@code until}
 * (exclusive, or for ever when null). Written as ISO-8601 instants ({@code 2026-12-24T00:00:00Z}).
 */
public record ValidityWindow(@JsonFormat(shape = JsonFormat.Shape.STRING) Instant from,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) Instant until) {

    public static final ValidityWindow ALWAYS = new ValidityWindow(null, null);

    public ValidityWindow {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("until (" + until + ") must be after from (" + from + ")");
        }
    }

    public boolean notYetOpenAt(Instant at) {
        return from != null && at.isBefore(from);
    }

    public boolean closedAt(Instant at) {
        return until != null && !at.isBefore(until);
    }
}
