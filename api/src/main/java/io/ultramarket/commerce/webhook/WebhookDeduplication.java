package io.ultramarket.commerce.webhook;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies a webhook event at most once. The event id is recorded in {@code webhook_delivery} inside the
 * command's own transaction: a failed attempt rolls back both (the sender retries, and the retry is
 * applied), a completed one makes every later delivery a no-op. Two deliveries of one event at the same
 * time serialise on the primary key: the second waits for the first to commit or roll back.
 */
@Component
class WebhookDeduplication implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;

    WebhookDeduplication(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        String eventId = (String) metaData.get(WebhookDelivery.EVENT_ID);
        if (eventId == null) {
            return chain.proceed();
        }
        int recorded = jdbc.update("INSERT INTO webhook_delivery (source, event_id, event_type) VALUES (?, ?, ?) "
                        + "ON CONFLICT (source, event_id) DO NOTHING",
                metaData.get(WebhookDelivery.SOURCE), eventId, metaData.get(WebhookDelivery.EVENT_TYPE));
        // Already applied: acknowledged, and nothing is done again.
        return recorded == 1 ? chain.proceed() : null;
    }
}
