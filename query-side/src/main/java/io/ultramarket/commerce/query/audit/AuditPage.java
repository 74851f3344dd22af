package io.ultramarket.commerce.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A page of the global history in position order. {@code next} is the {@code after} of the following page,
 * or null when no event was stored after this page when it was read; it is always written, even when null.
 */
public record AuditPage(List<AuditEvent> events, @JsonInclude(JsonInclude.Include.ALWAYS) Long next) {

    /** @param found up to {@code limit + 1} events: one more than asked tells that another page follows */
    static AuditPage of(List<AuditEvent> found, int limit) {
        if (found.size() <= limit) {
            return new AuditPage(List.copyOf(found), null);
        }
        List<AuditEvent> events = List.copyOf(found.subList(0, limit));
        return new AuditPage(events, events.get(limit - 1).position());
    }
}
