package io.ultramarket.commerce.idempotency;

import io.ultramarket.commerce.dispatch.AtMostOnce;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Runs a command carrying an Idempotency-Key at most once per caller ({@link AtMostOnce}); a repeat with the
 * same key and another request is refused.
 */
@Component
class IdempotencyInterceptor extends AtMostOnce {

    IdempotencyInterceptor(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    protected Optional<Claim> claim(MetaData metaData) {
        String key = (String) metaData.get(IdempotencyMetadata.KEY);
        return key == null ? Optional.empty() : Optional.of(new Claim(
                "INSERT INTO idempotency_key (scope, key, request_hash) VALUES (?, ?, ?) ON CONFLICT (scope, key) DO NOTHING",
                metaData.get(IdempotencyMetadata.SCOPE), key, metaData.get(IdempotencyMetadata.REQUEST_HASH)));
    }

    @Override
    protected void repeated(MetaData metaData, JdbcTemplate jdbc) {
        String key = (String) metaData.get(IdempotencyMetadata.KEY);
        String firstHash = jdbc.queryForObject("SELECT request_hash FROM idempotency_key WHERE scope = ? AND key = ?",
                String.class, metaData.get(IdempotencyMetadata.SCOPE), key);
        if (!metaData.get(IdempotencyMetadata.REQUEST_HASH).equals(firstHash)) {
            throw new IdempotencyKeyReused(key);
        }
    }
}
