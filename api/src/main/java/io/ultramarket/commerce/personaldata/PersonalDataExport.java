package io.ultramarket.commerce.personaldata;

import io.ultramarket.commerce.query.audit.AuditEvent;
import io.ultramarket.commerce.query.customer.CustomerView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the shop holds about a person (GDPR article 15): their record as the read model shows it (null when
 * there is none, a guest), the history of their keys, and every stored event of their customer record, carts and
 * orders with the personal fields opened, or {@code erased} once erased.
 */
public record PersonalDataExport(UUID subject, Instant exportedAt, CustomerView customer,
                                 List<PersonalDataKeys.KeyState> keys, List<AuditEvent> events) {
}
