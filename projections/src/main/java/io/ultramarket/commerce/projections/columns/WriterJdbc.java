package io.ultramarket.commerce.projections.columns;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The app's JdbcTemplate, which lets a read model's writer send a statement whose answer it does not need
 * later ({@link #updateLater}): while a projection's batch runs without savepoints (ADR 0084), such statements
 * are queued in the batch's unit of work and sent together, as JDBC batches, one round trip for a run of the same
 * statement instead of one per event (ADR 0089). The queue is sent, in the order it was filled, before anything
 * else this template does on the batch's thread (a writer that reads sees what it wrote), and before the batch
 * commits. Anywhere else (a batch in savepoints, a writer of personal data, a dead letter's retry, every other caller) the statement runs at
 * once, and the template is a plain JdbcTemplate.
 *
 * <p>A writer may also hold its batch's changes in memory ({@link #heldIn}) and write each changed row once, when the
 * queue is sent (ADR 0095). Held changes are always the newest: they are written before any statement queued after
 * them, and before anything else the template does.
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
            if (queue.held.values().stream().anyMatch(Held::hasChanges)) {
                queue.send(jdbc);
            }
            queue.statements.add(new Statement(sql, args));
        } else {
            jdbc.update(sql, args);
        }
    }

    /**
     * The current batch's held changes of one writer ({@code key}), made by {@code create} at their first use; null
     * where nothing is queued (the caller then writes its changes at once).
     */
    public static <T extends Held> T heldIn(JdbcTemplate jdbc, Object key, Supplier<T> create) {
        Queue queue = jdbc instanceof WriterJdbc ? current() : null;
        if (queue == null || !queue.open) {
            return null;
        }
        Held held = queue.held.get(key);
        if (held == null) {
            held = create.get();
            queue.held.put(key, held);
        }
        @SuppressWarnings("unchecked")
        T typed = (T) held;
        return typed;
    }

    /**
     * The current batch's held changes of {@code key} if a writer made them; null otherwise. Also while the queue is
     * closed: for code that runs in the batch outside the writer's handlers (a sequencing policy) and reads what the
     * writer knows.
     */
    public static <T extends Held> T heldAlready(JdbcTemplate jdbc, Object key) {
        Queue queue = jdbc instanceof WriterJdbc ? current() : null;
        @SuppressWarnings("unchecked")
        T held = queue == null ? null : (T) queue.held.get(key);
        return held;
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

    /** Changes a writer holds in memory for its batch, and writes when the queue is sent (what changed since last time). */
    public interface Held {

        boolean hasChanges();

        /** Writes what changed since the last write, and forgets it. */
        void write(JdbcTemplate jdbc);
    }

    /** The statements a batch has queued and not sent yet. */
    public static final class Queue {

        private List<Statement> statements = new ArrayList<>();
        private final Map<Object, Held> held = new LinkedHashMap<>();
        private boolean open;
        private boolean sending;
        private boolean used;
        private UnaryOperator<RuntimeException> failed = UnaryOperator.identity();

        /** True the first time only: the caller arranges the send before the commit once. */
        public boolean firstUse() {
            boolean first = !used;
            used = true;
            return first;
        }

        /**
         * What a failed send throws instead of its failure. A send runs wherever the template is next used, also
         * outside the writer's handlers (a sequencing policy's look-up): the batch must learn of it there too.
         */
        public void whenSendFails(UnaryOperator<RuntimeException> instead) {
            failed = instead;
        }

        public void open() {
            open = true;
        }

        public void close() {
            open = false;
        }

        /**
         * Sends what is queued, each run of the same statement as one JDBC batch, in the order queued; then the
         * held changes, which are newer than any queued statement.
         */
        public void send(JdbcTemplate jdbc) {
            if (sending) {
                return;
            }
            // Each statement sent below goes through the template, which comes back here: nothing may overtake it.
            sending = true;
            try {
                sendStatements(jdbc);
                held.values().forEach(writer -> writer.write(jdbc));
            } catch (RuntimeException failure) {
                throw failed.apply(failure);
            } finally {
                sending = false;
            }
        }

        private void sendStatements(JdbcTemplate jdbc) {
            if (statements.isEmpty()) {
                return;
            }
            List<Statement> queued = statements;
            statements = new ArrayList<>();
            int from = 0;
            while (from < queued.size()) {
                String sql = queued.get(from).sql();
                List<Object[]> run = new ArrayList<>();
                int next = from;
                while (next < queued.size() && queued.get(next).sql().equals(sql)) {
                    run.add(queued.get(next++).args());
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
