package io.ultramarket.commerce.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.notification.NotificationsProperties;
import org.axonframework.tracing.SpanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The sender of customer emails and staff alerts, as a recurring task of the app's db-scheduler (so with several instances one
 * of them sends, at a time). Only with {@code spring.mail.host}, which is also what makes Spring Boot define
 * the {@link JavaMailSender}: without it the app runs as before and the emails wait in the outbox as PENDING,
 * to go out once an SMTP server is configured (those older than {@code stale-after} by then go all the same:
 * staleness is judged when the projection writes the row).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.mail.host")
class NotificationsConfiguration {

    /** The recurring task's name in {@code scheduled_tasks}. */
    static final String TASK = "send-notifications";

    @Bean
    OutboxSender outboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, JavaMailSender mail,
                              JsonColumns json, Clock clock, NotificationsProperties properties, SpanFactory spans) {
        return new OutboxSender(jdbc, new TransactionTemplate(transactions), mail, new MailTemplates(), json, clock,
                properties, spans);
    }

    @Bean
    RecurringTask<Void> sendNotifications(OutboxSender sender, NotificationsProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.sendEvery()))
                .execute((instance, context) -> sender.sendDue());
    }
}
