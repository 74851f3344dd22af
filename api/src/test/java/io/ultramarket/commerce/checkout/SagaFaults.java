package io.ultramarket.commerce.checkout;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Breaks the checkout saga on purpose, for one customer's orders only: triggers on the fraud screen's table
 * ({@code fraud_screen_order}, written by the saga while it handles a checkout) that raise for that
 * customer. {@link #close()} removes every fault it installed.
 */
final class SagaFaults implements AutoCloseable {

    private final JdbcTemplate connection;
    private final List<String> installed = new ArrayList<>();

    SagaFaults(JdbcTemplate connection) {
        this.connection = connection;
    }

    /** Every screening of the customer's orders fails the same way (a permanent failure: SQLSTATE P0001). */
    void refuseScreeningOf(UUID customerId) {
        install(customerId, "RAISE EXCEPTION 'saga poison for customer %', NEW.customer_id;");
    }

    /**
     * The first {@code times} screenings of the customer's orders fail as a serialization failure (SQLSTATE
     * 40001, transient), later ones pass. The count is a sequence, which a rolled-back transaction does not
     * undo.
     */
    void failScreeningOf(UUID customerId, int times) {
        String name = name(customerId);
        ddl("CREATE SEQUENCE " + name + "_attempts");
        // The trigger runs as the app's role, which counts with the insider's sequence.
        ddl("GRANT USAGE, SELECT, UPDATE ON SEQUENCE " + name + "_attempts TO PUBLIC");
        install(customerId, "IF nextval('" + name + "_attempts') <= " + times + " THEN "
                + "RAISE EXCEPTION 'passing failure for customer %', NEW.customer_id USING ERRCODE = 'serialization_failure'; "
                + "END IF;");
    }

    /** How often the customer's orders were screened (with {@link #failScreeningOf}), failed attempts included. */
    long screeningsOf(UUID customerId) {
        Long attempts = connection.queryForObject("SELECT last_value FROM " + name(customerId) + "_attempts", Long.class);
        return attempts == null ? 0 : attempts;
    }

    @Override
    public void close() {
        for (String name : installed) {
            ddl("DROP TRIGGER IF EXISTS " + name + " ON fraud_screen_order");
            ddl("DROP FUNCTION IF EXISTS " + name + "()");
            ddl("DROP SEQUENCE IF EXISTS " + name + "_attempts");
        }
        installed.clear();
    }

    private void install(UUID customerId, String whenTheCustomerMatches) {
        String name = name(customerId);
        installed.add(name);
        ddl("CREATE FUNCTION " + name + "() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.customer_id = '" + customerId + "'::uuid THEN "
                + whenTheCustomerMatches + " END IF; RETURN NEW; END; $$");
        ddl("CREATE TRIGGER " + name + " BEFORE INSERT ON fraud_screen_order FOR EACH ROW EXECUTE FUNCTION " + name + "()");
    }

    /** The one place where faults reach the database: as the insider, since the app's role owns no table here. */
    private void ddl(String statement) {
        connection.execute(statement);
    }

    private static String name(UUID customerId) {
        return "saga_fault_" + customerId.toString().replace("-", "");
    }
}
