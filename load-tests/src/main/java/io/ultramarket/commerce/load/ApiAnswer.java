package io.ultramarket.commerce.load;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One HTTP answer of the app. The body is kept raw and parsed only when a field is asked for: most answers
 * are only checked for their status, and parsing every one would take CPU from the app on a shared machine.
 *
 * @param position    the {@code Commerce-Position} header: the event-store position a command reached
 * @param consistency the {@code Commerce-Consistency} header of a read: {@code current} or {@code stale}
 * @param kind        what the request was, and so which header every 2xx must carry
 */
record ApiAnswer(String what, int status, OptionalLong position, Optional<String> consistency, byte[] body,
                 Kind kind) {

    static final String CURRENT = "current";

    enum Kind {
        /** A command: every 2xx carries the event-store position it reached; one without it is a defect. */
        COMMAND,
        /** A read that sent a {@code Commerce-Position}: every 2xx says whether it is current or stale. */
        FRESH_READ,
        /** Anything else (the admin endpoints): the status alone tells. */
        PLAIN
    }

    boolean isSuccess() {
        return status / 100 == 2 && missingHeader().isEmpty();
    }

    /**
     * How the answer is counted in the report: its status, what is wrong with a 2xx, or for a read its
     * consistency ("200 current", "200 stale").
     */
    String outcome() {
        if (status / 100 == 2 && missingHeader().isPresent()) {
            return status + " without " + missingHeader().get();
        }
        return consistency.map(value -> status + " " + value).orElse(Integer.toString(status));
    }

    /** A read that waited until the read model held the position it asked for. */
    boolean isCurrent() {
        return consistency.filter(CURRENT::equals).isPresent();
    }

    /** A 409 the app explains as another request changing the same aggregate at the same time: worth a retry. */
    boolean isConcurrentModification() {
        return status == 409 && problemType().endsWith("/concurrent-modification");
    }

    /** A 409 already-exists: what was to be created was created before (by an earlier run, say). */
    boolean isAlreadyExisting() {
        return status == 409 && problemType().endsWith("/already-exists");
    }

    String field(String name) {
        return Json.read(body).path(name).asText("");
    }

    String problemType() {
        return field("type");
    }

    ApiAnswer requireSuccess() {
        if (!isSuccess()) {
            throw new RequestFailed(this);
        }
        return this;
    }

    private Optional<String> missingHeader() {
        return switch (kind) {
            case COMMAND -> position.isPresent() ? Optional.empty() : Optional.of(CommerceApi.POSITION_HEADER);
            case FRESH_READ -> consistency.isPresent() ? Optional.empty() : Optional.of(CommerceApi.CONSISTENCY_HEADER);
            case PLAIN -> Optional.empty();
        };
    }
}
