package io.ultramarket.commerce.live;

import java.util.OptionalLong;

/**
 * The {@code Last-Event-ID} request header. Every event a stream sends has its event-store position as id,
 * so the header names the position after which a reconnecting client resumes.
 */
final class LastEventId {

    static final String HEADER = "Last-Event-ID";

    private LastEventId() {
    }

    /** Empty when the header is absent or blank (a browser's first connection); a 400 when it is no position. */
    static OptionalLong parse(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long position = Long.parseLong(header.trim());
            if (position >= 0) {
                return OptionalLong.of(position);
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the header's value
        }
        throw new IllegalArgumentException(HEADER + " must be the id of an event this stream sent (a position,"
                + " a whole number of at least 0), was '" + header + "'");
    }
}
