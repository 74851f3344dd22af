package io.ultramarket.commerce.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a command carrying an Idempotency-Key at most once. It records the key inside the command's own
 * transaction, so the key is stored exactly when the command's events are: a failed attempt rolls both
 * back and may be retried, a completed one makes every repeat a no-op. Two concurrent attempts with one
 * key serialise on the key's primary key: the second waits for the first to commit or roll back.
 */
@Component
class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;

    IdempotencyInterceptor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        String key = (String) metaData.get(IdempotencyMetadata.KEY);
        if (key == null) {
            return chain.proceed();
        }
        String scope = (String) metaData.get(IdempotencyMetadata.SCOPE);
        String requestHash = (String) metaData.get(IdempotencyMetadata.REQUEST_HASH);
        int claimed = jdbc.update("INSERT INTO idempotency_key (scope, key, request_hash) VALUES (?, ?, ?) "
                + "ON CONFLICT (scope, key) DO NOTHING", scope, key, requestHash);
        if (claimed == 1) {
            return chain.proceed();
        }
        String firstHash = jdbc.queryForObject("SELECT request_hash FROM idempotency_key WHERE scope = ? AND key = ?",
                String.class, scope, key);
        if (!requestHash.equals(firstHash)) {
            throw new IdempotencyKeyReused(key);
        }
        // A repeat of a request that already took effect: its effects stand, nothing is done again.
        return null;
    }
}
