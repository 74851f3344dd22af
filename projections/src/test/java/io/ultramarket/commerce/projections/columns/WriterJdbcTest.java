package io.ultramarket.commerce.projections.columns;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statements sent later keep their order, go out as runs of the same statement, and before anything else. */
class WriterJdbcTest {

    private final RecordingJdbc jdbc = new RecordingJdbc();
    private UnitOfWork<?> batch;

    @AfterEach
    void endTheBatch() {
        if (batch != null && batch.isActive()) {
            batch.rollback();
        }
    }

    @Test
    void outsideAnOpenQueueAStatementRunsAtOnce() {
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 1);

        batch = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("event"));
        WriterJdbc.queueIn(batch);
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 2);

        assertThat(jdbc.sent).containsExactly("update UPDATE a SET x = ? [1]", "update UPDATE a SET x = ? [2]");
    }

    @Test
    void queuedStatementsAreSentInOrderEachRunOfTheSameStatementAsOneBatch() {
        WriterJdbc.Queue queue = openQueue();
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 1);
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 2);
        WriterJdbc.updateLater(jdbc, "UPDATE b SET y = ?", 3);
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 4);
        assertThat(jdbc.sent).isEmpty();

        queue.send(jdbc);

        assertThat(jdbc.sent).containsExactly("batch UPDATE a SET x = ? [1] [2]", "update UPDATE b SET y = ? [3]",
                "update UPDATE a SET x = ? [4]");
        queue.send(jdbc);
        assertThat(jdbc.sent).as("nothing is sent twice").hasSize(3);
    }

    @Test
    void anyOtherOperationOfTheTemplateSendsTheQueueFirst() {
        openQueue();
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 1);

        assertThatThrownBy(() -> jdbc.queryForObject("SELECT x FROM a", Integer.class))
                .isInstanceOf(CannotGetJdbcConnectionException.class);

        assertThat(jdbc.sent).containsExactly("update UPDATE a SET x = ? [1]");
    }

    @Test
    void heldChangesAreWrittenAfterTheStatementsQueuedBeforeThemAndBeforeAnyQueuedAfter() {
        WriterJdbc.Queue queue = openQueue();
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 1);
        HeldRows held = WriterJdbc.heldIn(jdbc, "writer", HeldRows::new);
        held.rows.add("h1");
        held.rows.add("h2");
        assertThat(WriterJdbc.heldIn(jdbc, "writer", HeldRows::new)).as("one per writer and batch").isSameAs(held);
        WriterJdbc.updateLater(jdbc, "UPDATE b SET y = ?", 2);
        held.rows.add("h3");
        assertThat(jdbc.sent).containsExactly("update UPDATE a SET x = ? [1]", "batch held [h1] [h2]");

        queue.send(jdbc);
        queue.send(jdbc);

        assertThat(jdbc.sent).as("each held change written once").containsExactly("update UPDATE a SET x = ? [1]",
                "batch held [h1] [h2]", "update UPDATE b SET y = ? [2]", "batch held [h3]");
    }

    @Test
    void anyOtherOperationOfTheTemplateWritesHeldChangesFirst() {
        openQueue();
        WriterJdbc.heldIn(jdbc, "writer", HeldRows::new).rows.add("h1");

        assertThatThrownBy(() -> jdbc.queryForObject("SELECT x FROM a", Integer.class))
                .isInstanceOf(CannotGetJdbcConnectionException.class);

        assertThat(jdbc.sent).containsExactly("batch held [h1]");
    }

    @Test
    void aFailedSendThrowsWhatTheBatchAsksForWhereverItRuns() {
        openQueue().whenSendFails(failure -> new IllegalStateException("handle the batch again", failure));
        WriterJdbc.updateLater(jdbc, "UPDATE a SET x = ?", 1);
        jdbc.refusing = "UPDATE a SET x = ?";

        assertThatThrownBy(() -> jdbc.queryForObject("SELECT x FROM a", Integer.class))
                .isInstanceOf(IllegalStateException.class).hasMessage("handle the batch again")
                .hasRootCauseMessage("refused: UPDATE a SET x = ?");
    }

    @Test
    void nothingIsHeldOutsideAnOpenQueue() {
        assertThat(WriterJdbc.heldIn(jdbc, "writer", HeldRows::new)).as("no batch").isNull();

        WriterJdbc.Queue queue = openQueue();
        queue.close();

        assertThat(WriterJdbc.heldIn(jdbc, "writer", HeldRows::new)).as("a closed queue").isNull();
    }

    private WriterJdbc.Queue openQueue() {
        batch = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("event"));
        WriterJdbc.Queue queue = WriterJdbc.queueIn(batch);
        queue.open();
        return queue;
    }

    /** Rows held in memory, written as one batch through the template (which comes back to the queue). */
    private static final class HeldRows implements WriterJdbc.Held {

        final List<String> rows = new ArrayList<>();

        @Override
        public boolean hasChanges() {
            return !rows.isEmpty();
        }

        @Override
        public void write(JdbcTemplate template) {
            if (rows.isEmpty()) {
                return;
            }
            List<Object[]> writing = rows.stream().map(row -> new Object[]{row}).toList();
            rows.clear();
            template.batchUpdate("held", writing);
        }
    }

    /** Records what it is asked to send; its database refuses every connection. */
    private static final class RecordingJdbc extends WriterJdbc {

        final List<String> sent = new ArrayList<>();
        String refusing;

        RecordingJdbc() {
            super(new AbstractDataSource() {
                @Override
                public Connection getConnection() throws SQLException {
                    throw new SQLException("no database in this test");
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return getConnection();
                }
            });
        }

        @Override
        public int update(String sql, Object... args) {
            obtainDataSource();
            if (sql.equals(refusing)) {
                throw new IllegalArgumentException("refused: " + sql);
            }
            sent.add("update " + sql + " " + Arrays.toString(args));
            return 1;
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            obtainDataSource();
            StringBuilder rows = new StringBuilder();
            batchArgs.forEach(args -> rows.append(" ").append(Arrays.toString(args)));
            sent.add("batch " + sql + rows);
            return new int[batchArgs.size()];
        }
    }
}
