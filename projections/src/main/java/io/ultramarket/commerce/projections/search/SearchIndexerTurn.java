package io.ultramarket.commerce.projections.search;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whose turn it is to run the indexer's cycle: one instance of the app at a time, per alias. The turn is a
 * PostgreSQL advisory lock taken with {@code pg_try_advisory_xact_lock} in a transaction of its own, on a
 * connection held for the cycle and returned to the pool after it: the transaction's end releases the lock
 * whatever happened (an exception, a broken connection, a killed instance), so no turn outlives its cycle
 * and none leaks into the pool. The cycle's own reads and writes use other connections and commit at once:
 * the turn's transaction writes nothing, and never holds row locks the projection would wait for while the
 * cycle waits for Elasticsearch. An instance that finds the turn taken skips its cycle and asks again at its
 * next poll.
 */
final class SearchIndexerTurn {

    /** A cycle: shipping, the alias, deleting unused indices. */
    interface Cycle {
        void run() throws IOException;
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final String key;

    SearchIndexerTurn(JdbcTemplate jdbc, String alias) {
        this.dataSource = jdbc.getDataSource();
        this.jdbc = jdbc;
        this.key = lockName(alias);
    }

    /** The name the lock is hashed from, per alias: {@code hashtext} of it is the advisory lock's key. */
    static String lockName(String alias) {
        return "search-indexer:" + alias;
    }

    /** Runs the cycle if no other instance is running one; false, without running it, if another is. */
    boolean runIfFree(Cycle cycle) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    return false;
                }
                cycle.run();
                return true;
            } finally {
                endTransaction(connection);
            }
        } catch (SQLException failure) {
            throw jdbc.getExceptionTranslator().translate("search indexer's turn", null, failure);
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, key);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Rolling back ends the transaction and with it the lock; the pool gets the connection back as it lent it. */
    private static void endTransaction(Connection connection) throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
