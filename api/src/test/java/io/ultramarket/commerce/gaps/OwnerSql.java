package io.ultramarket.commerce.gaps;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements of the gap tests that need the event store's owner (a trigger on its table, {@code setval}
 * on its sequence), in one place: the app's own role is meant to lose these rights, and then only the
 * connection given here changes.
 */
public final class OwnerSql {

    private static final String SEQUENCE = "domain_event_entry_global_index_seq";
    private static final String TRIGGER = "gap_test_rolls_back";

    private final JdbcTemplate owner;

    /** {@code owner}: a connection as the owner of the event store's table and sequence. */
    public OwnerSql(JdbcTemplate owner) {
        this.owner = owner;
    }

    /**
     * From now on, the insert of any event of an aggregate whose identifier contains {@code marker} fails
     * after its row was written (an AFTER trigger), so that its transaction rolls back: a rolled-back insert,
     * which leaves its global index unused for good.
     */
    void failInsertsOfAggregatesMarked(String marker) {
        owner.execute("CREATE OR REPLACE FUNCTION " + TRIGGER + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'rolled back on purpose by a gap test (global index %)', NEW.global_index; END $$");
        owner.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON domain_event_entry");
        owner.execute("CREATE TRIGGER " + TRIGGER + " AFTER INSERT ON domain_event_entry FOR EACH ROW "
                + "WHEN (strpos(NEW.aggregate_identifier, '" + marker.replace("'", "''") + "') > 0) "
                + "EXECUTE FUNCTION " + TRIGGER + "()");
    }

    void stopFailingInserts() {
        owner.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON domain_event_entry");
        owner.execute("DROP FUNCTION IF EXISTS " + TRIGGER + "()");
    }

    /** Moves the global index sequence {@code by} ahead, as a restore or a failover can: the next event lands there. */
    public long jumpGlobalIndex(long by) {
        Long next = owner.queryForObject("SELECT setval('" + SEQUENCE + "', (SELECT last_value FROM " + SEQUENCE + ") + ?)",
                Long.class, by);
        return next == null ? -1 : next;
    }
}
