package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Through the app's own connection, stored events can be appended and read, never rewritten, removed or truncated. */
@ApiIntegrationTest
class AppendOnlyEventsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebTestClient http;

    @Test
    void storedEventsCannotBeUpdatedDeletedOrTruncated() {
        UUID cartId = new Shop(http).createCart();
        long events = count();

        refused(() -> jdbc.update("UPDATE domain_event_entry SET payload = payload WHERE aggregate_identifier = ?",
                cartId.toString()), "UPDATE");
        refused(() -> jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", cartId.toString()),
                "DELETE");
        refused(() -> jdbc.execute("TRUNCATE domain_event_entry"), "TRUNCATE");

        assertThat(count()).isGreaterThanOrEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, cartId.toString())).isEqualTo(1);
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static void refused(Runnable statement, String operation) {
        assertThatThrownBy(statement::run).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("stored events are append-only: " + operation + " on domain_event_entry");
    }
}
