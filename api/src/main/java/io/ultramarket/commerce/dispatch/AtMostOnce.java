package io.ultramarket.commerce.dispatch;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/**
 * Runs a command at most once per key that its metadata names. The key is claimed by an insert in the
 * command's own transaction, so it is stored exactly when the command's events are: a failed attempt rolls both
 * back and may be retried, a completed one makes every repeat a no-op. Two attempts with one key at the same
 * time serialise on the key's primary key: the second waits for the first to commit or roll back.
 */
public abstract class AtMostOnce implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The insert that claims a key ({@code INSERT ... ON CONFLICT DO NOTHING}) and its arguments. */
    public record Claim(String insert, Object... arguments) {
    }

    private final JdbcTemplate jdbc;

    protected AtMostOnce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key this command claims, or empty when it names none (then it just runs). */
    protected abstract Optional<Claim> claim(MetaData metaData);

    /**
     * Called for a command whose key was claimed before: it may refuse the repeat by throwing. Returning
     * means the first attempt's effects stand and nothing is done again.
     */
    protected void repeated(MetaData metaData, JdbcTemplate jdbc) {
    }

    @Override
    public final Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        Optional<Claim> claim = claim(metaData);
        if (claim.isEmpty() || jdbc.update(claim.get().insert(), claim.get().arguments()) == 1) {
            return chain.proceed();
        }
        repeated(metaData, jdbc);
        return null;
    }
}
