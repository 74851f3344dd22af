package io.ultramarket.commerce.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.util.List;

/**
 * Deadlines that survive a restart: Axon's {@link DbSchedulerDeadlineManager} over db-scheduler, whose
 * table {@code scheduled_tasks} lives in the app's PostgreSQL (V5 migration). See ADR 0015.
 *
 * <p>db-scheduler works through a transaction-aware view of the data source, so a deadline scheduled or
 * cancelled while a saga handles an event is written in the saga's own transaction: it exists exactly
 * when the saga's new state does. The scheduler starts polling once the application is ready (every
 * processor and saga is registered by then) and stops with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class PersistedDeadlinesConfiguration {

    /** Named as Axon's db-scheduler auto-configuration names it, so that it does not define a second one. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    /** The scheduler of the deadlines and of the recurring tasks (housekeeping), started with them. */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, List<RecurringTask<?>> recurringTasks,
                                DeadlineProperties properties) {
        List<Task<?>> onDemand = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), onDemand)
                .startTasks(recurringTasks)
                .tableName("scheduled_tasks")
                .pollingInterval(properties.pollEvery())
                .threads(properties.threads())
                // db-scheduler's five minutes would leave a deadline that a killed instance had picked for
                // half an hour (six missed heartbeats) before another instance runs it.
                .heartbeatInterval(properties.heartbeatEvery())
                .build();
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler deadlineScheduler, org.axonframework.config.Configuration axon,
                                    Serializer serializer, TransactionManager transactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPolling(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
