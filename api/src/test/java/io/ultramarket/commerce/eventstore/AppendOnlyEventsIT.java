package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Insider;
import io.ultramarket.commerce.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored events can be appended and read, never rewritten, removed or truncated: the app's role has no right
 * to (V24), and the triggers refuse it even to a role that has every right but did not switch them off (V21).
 */
@ApiIntegrationTest
class AppendOnlyEventsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Insider insider;
    @Autowired
    WebTestClient http;

    @Test
    void theAppsRoleMayNotUpdateDeleteOrTruncateStoredEvents() {
        UUID cartId = new Shop(http).createCart();
        long events = count();

        tryEveryRewrite(jdbc, cartId, (operation, attempt) -> assertThatThrownBy(attempt::run)
                .as(operation).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied for table domain_event_entry")
                .satisfies(sqlState("42501")));

        assertThat(count()).isGreaterThanOrEqualTo(events);
        assertThat(eventsOf(cartId)).isEqualTo(1);
    }

    @Test
    void theTriggersRefuseThemEvenToASuperuserWhoLeftThemOn() {
        UUID cartId = new Shop(http).createCart();

        tryEveryRewrite(insider.jdbc(), cartId, (operation, attempt) -> assertThatThrownBy(attempt::run)
                .as(operation).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("stored events are append-only: " + operation + " on domain_event_entry"));

        assertThat(eventsOf(cartId)).isEqualTo(1);
    }

    private interface Refusal {
        void check(String operation, Runnable attempt);
    }

    private static void tryEveryRewrite(JdbcTemplate connection, UUID cartId, Refusal refusal) {
        refusal.check("UPDATE", () -> connection.update(
                "UPDATE domain_event_entry SET payload = payload WHERE aggregate_identifier = ?", cartId.toString()));
        refusal.check("DELETE", () -> connection.update(
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", cartId.toString()));
        refusal.check("TRUNCATE", () -> connection.execute("TRUNCATE domain_event_entry"));
    }

    private static Consumer<Throwable> sqlState(String expected) {
        return cause -> assertThat(((SQLException) cause).getSQLState()).isEqualTo(expected);
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private long eventsOf(UUID cartId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, cartId.toString());
    }
}
