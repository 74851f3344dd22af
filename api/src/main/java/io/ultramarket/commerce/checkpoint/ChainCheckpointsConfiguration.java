package io.ultramarket.commerce.checkpoint;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;

/**
 * Signed chain checkpoints (ADR 0045): the key, the taker as a recurring task of the app's db-scheduler (its
 * next run is a row in {@code scheduled_tasks}, so one instance takes each checkpoint), and the verifier.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChainCheckpointProperties.class)
public class ChainCheckpointsConfiguration {

    /** The recurring task's name in {@code scheduled_tasks}. */
    public static final String TASK = "checkpoint-event-chains";

    @Bean
    CheckpointKey checkpointKey(ChainCheckpointProperties properties) {
        return CheckpointKey.fromFile(properties.keyFile());
    }

    @Bean
    CheckpointLog checkpointLog(ChainCheckpointProperties properties) {
        return new CheckpointLog(properties.logFile());
    }

    @Bean
    ChainCheckpoints chainCheckpoints(JdbcTemplate jdbc, PlatformTransactionManager transactions, CheckpointKey key,
                                      CheckpointLog checkpointLog, ChainCheckpointProperties properties, Clock clock) {
        return new ChainCheckpoints(jdbc, new TransactionTemplate(transactions), key, checkpointLog, clock, properties.settle());
    }

    @Bean
    StoreVerifier storeVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, CheckpointKey key,
                                CheckpointLog checkpointLog) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return new StoreVerifier(jdbc, readOnly, key, checkpointLog);
    }

    @Bean
    RecurringTask<Void> checkpointEventChains(ChainCheckpoints checkpoints, ChainCheckpointProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.every()))
                .execute((instance, context) -> checkpoints.take());
    }

    /** One verification at a time, a few waiting: each reads the whole store. */
    @Bean(destroyMethod = "dispose")
    Scheduler storeVerifications() {
        return Schedulers.newBoundedElastic(1, 4, "store-verify");
    }
}
