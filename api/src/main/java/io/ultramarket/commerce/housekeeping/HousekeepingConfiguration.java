package io.ultramarket.commerce.housekeeping;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The purge as a recurring task of the app's db-scheduler (the one that keeps the deadlines): its next run
 * is a row in {@code scheduled_tasks}, so with several instances one of them runs it, once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HousekeepingProperties.class)
public class HousekeepingConfiguration {

    /** The recurring task's name in {@code scheduled_tasks}. */
    public static final String TASK = "purge-expired-rows";

    @Bean
    ExpiredRows expiredRows(JdbcTemplate jdbc, Clock clock, HousekeepingProperties properties) {
        return new ExpiredRows(jdbc, clock, properties);
    }

    @Bean
    RecurringTask<Void> purgeExpiredRows(ExpiredRows expiredRows, HousekeepingProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.every()))
                .execute((instance, context) -> expiredRows.purge());
    }
}
