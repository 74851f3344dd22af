package io.ultramarket.commerce.merchantwebhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.ultramarket.commerce.outbox.DueRows;
import io.ultramarket.commerce.outbox.RetryBackoff;
import io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksProperties;
import io.ultramarket.commerce.projections.merchantwebhook.WebhookOutboxFiller;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Merchants' webhooks (ADR 0058): the processor that fills the outbox, the registration API's parts, and the
 * sender as a recurring task of the app's db-scheduler (so with several instances one of them sends, at a time).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MerchantWebhooksProperties.class)
class MerchantWebhooksConfiguration {

    /** The recurring task's name in {@code scheduled_tasks}. */
    static final String TASK = "send-merchant-webhooks";

    @Bean
    WebhookOutboxFiller webhookOutboxFiller(JdbcTemplate jdbc, ObjectMapper json, StreamingProcessor.Infrastructure axon,
                                            DeadLetterQueues deadLetterQueues) {
        return new WebhookOutboxFiller(jdbc, json, axon, deadLetterQueues);
    }

    @Bean
    TargetAddresses webhookTargetAddresses(MerchantWebhooksProperties properties) {
        return new TargetAddresses(properties.allowedTargets());
    }

    @Bean
    WebhookEndpoints webhookEndpoints(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new WebhookEndpoints(jdbc, new TransactionTemplate(transactions), clock);
    }

    @Bean
    WebhookRegistrations webhookRegistrations(WebhookEndpoints endpoints, TargetAddresses targets,
                                              MerchantWebhooksProperties properties) {
        return new WebhookRegistrations(endpoints, targets, properties);
    }

    @Bean
    WebhookSender webhookSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, TargetAddresses targets,
                                Clock clock, MerchantWebhooksProperties properties) {
        return new WebhookSender(jdbc, new DueRows(new TransactionTemplate(transactions), properties.batchSize()),
                new RetryBackoff(properties.firstRetryAfter(), properties.maxRetryAfter()), targets,
                new WebhookClient(properties), clock, properties);
    }

    @Bean
    RecurringTask<Void> sendMerchantWebhooks(WebhookSender sender, MerchantWebhooksProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.sendEvery()))
                .execute((instance, context) -> sender.sendDue());
    }
}
