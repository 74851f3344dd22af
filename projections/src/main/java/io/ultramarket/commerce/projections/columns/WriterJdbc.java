package io.ultramarket.commerce.projections.columns;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's JdbcTemplate, which lets a read model's writer send a statement whose answer it does not need
 * later ({@link #updateLater}): while a projection's batch runs without savepoints (ADR 0084), such statements
 * are queued in the batch's unit of work and sent together, as JDBC batches, one round trip for a run of the same
 * statement instead of one per event (ADR 0089). The queue is sent, in the order it was filled, before anything
 * else this template does on the batch's thread (a writer that reads sees what it wrote), and before the batch
 * commits. Anywhere else (a batch in savepoints, a writer of personal data, a dead letter's retry, every other caller) the statement runs at
 * once, and the template is a plain JdbcTemplate.
 */
public class WriterJdbc extends JdbcTemplate {

    private static final String QUEUE = WriterJdbc.class.getName() + ".queue";

    public WriterJdbc(DataSource dataSource) {
        super(dataSource);
    }

    /** Runs the update at once unless the current projection batch queues statements ({@link #queueIn}). */
    public static void updateLater(JdbcTemplate jdbc, String sql, Object... args) {
        Queue queue = jdbc instanceof WriterJdbc ? current() : null;
        if (queue != null && queue.open) {
            queue.statements.add(new Statement(sql, args));
        } else {
            jdbc.update(sql, args);
        }
    }

    /**
     * The queue of the batch in {@code unitOfWork}, made with its first call. Statements are queued only between
     * {@link Queue#open()} and {@link Queue#close()}; the caller sends them ({@link Queue#send}) before the commit.
     */
    public static Queue queueIn(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(QUEUE, key -> new Queue());
    }

    /** Every operation of the template begins here: the queue goes first, so that nothing overtakes it. */
    @Override
    protected DataSource obtainDataSource() {
        Queue queue = current();
        if (queue != null) {
            queue.send(this);
        }
        return super.obtainDataSource();
    }

    private static Queue current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(QUEUE) : null;
    }

    private record Statement(String sql, Object[] args) {
    }

    /** The statements a batch has queued and not sent yet. */
    public static final class Queue {

        private List<Statement> statements = new ArrayList<>();
        private boolean open;
        private boolean used;

        /** True the first time only: the caller arranges the send before the commit once. */
        public boolean firstUse() {
            boolean first = !used;
            used = true;
            return first;
        }

        public void open() {
            open = true;
        }

        public void close() {
            open = false;
        }

        /** Sends what is queued, each run of the same statement as one JDBC batch, in the order queued. */
        public void send(JdbcTemplate jdbc) {
            if (statements.isEmpty()) {
                return;
            }
            List<Statement> sending = statements;
            // Emptied first: the template's own operations below come back through obtainDataSource.
            statements = new ArrayList<>();
            int from = 0;
            while (from < sending.size()) {
                String sql = sending.get(from).sql();
                List<Object[]> run = new ArrayList<>();
                int next = from;
                while (next < sending.size() && sending.get(next).sql().equals(sql)) {
                    run.add(sending.get(next++).args());
                }
                if (run.size() == 1) {
                    jdbc.update(sql, run.get(0));
                } else {
                    jdbc.batchUpdate(sql, run);
                }
                from = next;
            }
        }
    }
}
