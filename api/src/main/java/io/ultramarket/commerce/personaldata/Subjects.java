package io.ultramarket.commerce.personaldata;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whose keys an erasure of one person destroys: the person's id (a customer id, or a guest's cart id) and the
 * ids of their checked-out carts and orders, whose later events (a shipment's destination) are sealed under the
 * order's id. Read from the checkouts in the event store, the record that no read model's lag or rebuild can miss
 * (their customer and cart ids are stored in the clear); a scan of the checkouts, acceptable for a rare request.
 */
class Subjects {

    private static final String CHECKOUTS = "SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'orderId'"
            + " FROM domain_event_entry WHERE payload_type = ? AND (aggregate_identifier = ?"
            + " OR convert_from(payload, 'UTF8')::jsonb ->> 'customerId' = ?)";

    private final JdbcTemplate jdbc;

    Subjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code person} first, then each checkout's cart and order. */
    Set<UUID> of(UUID person) {
        Set<UUID> subjects = new LinkedHashSet<>();
        subjects.add(person);
        jdbc.query(CHECKOUTS, row -> {
            subjects.add(UUID.fromString(row.getString(1)));
            subjects.add(UUID.fromString(row.getString(2)));
        }, CartCheckedOut.class.getName(), person.toString(), person.toString());
        return subjects;
    }
}
