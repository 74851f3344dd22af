package io.ultramarket.commerce.readmodels;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits until nothing is in flight, so that rows read then stay as they are: no deadline of the checkout
 * saga falls due soon, nothing was appended to the store for {@code settle} (the simulated carriers report
 * within a second of a shipment, outside any schedule), and every processor's token has reached the head.
 */
public final class QuietStore {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    // Recurring tasks (housekeeping, chain checkpoints) are always due again and change no read model:
    // only the checkout saga's deadlines count.
    private static final String DUE_SOON = "SELECT count(*) FROM scheduled_tasks "
            + "WHERE execution_time < now() + interval '5 minutes' AND task_instance <> '" + RecurringTask.INSTANCE + "'";

    private final JdbcTemplate jdbc;
    private final ProcessorPositions positions;

    public QuietStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.positions = new ProcessorPositions(jdbc);
    }

    /** Waits, with a settling time of a second and a half. */
    public long await() {
        return await(Duration.ofMillis(1500));
    }

    /**
     * Waits, and answers the head the processors reached. A zero {@code settle} only waits for the processors:
     * for a caller that knows nothing else is writing.
     */
    public long await(Duration settle) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject(DUE_SOON, Long.class) == 0);
        long[] head = {positions.head()};
        if (!settle.isZero()) {
            Awaitility.await().atMost(PATIENCE).pollDelay(settle).pollInterval(settle).until(() -> {
                long now = positions.head();
                boolean quiet = now == head[0];
                head[0] = now;
                return quiet;
            });
        }
        Awaitility.await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> {
                    head[0] = positions.head();
                    assertThat(lagging(head[0])).as("processors short of the head %d", head[0]).isEmpty();
                });
        return head[0];
    }

    /** The processors whose token has not reached {@code head}, with where they are. */
    public Map<String, ProcessorPositions.Position> lagging(long head) {
        Map<String, ProcessorPositions.Position> all = positions.all();
        all.values().removeIf(position -> position.reached(head));
        return all;
    }
}
