package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every message created while handling another (events from a command, commands from a policy) the
 * acting principal (subject, name, roles, client, and whom a system principal acts for), the correlation id
 * of the chain and, as causation id, the id of the handled message. Auditors read these keys on every
 * stored event. The saga and the relays act as system principals of their own ({@code SystemPrincipals}).
 */
@Component
class AuditMetadataProvider implements CorrelationDataProvider {

    private static final List<String> PRINCIPAL_KEYS = List.of(CommerceMetadata.PRINCIPAL_NAME,
            CommerceMetadata.PRINCIPAL_ROLES, CommerceMetadata.CLIENT_ID, CommerceMetadata.ON_BEHALF_OF);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> handled) {
        var metaData = handled.getMetaData();
        Map<String, Object> correlation = new HashMap<>();
        correlation.put(CommerceMetadata.PRINCIPAL, metaData.getOrDefault(CommerceMetadata.PRINCIPAL, CommerceMetadata.ANONYMOUS));
        PRINCIPAL_KEYS.forEach(key -> {
            Object value = metaData.get(key);
            if (value != null) {
                correlation.put(key, value);
            }
        });
        correlation.put(CommerceMetadata.CORRELATION_ID,
                metaData.getOrDefault(CommerceMetadata.CORRELATION_ID, handled.getIdentifier()));
        correlation.put(CommerceMetadata.CAUSATION_ID, handled.getIdentifier());
        return correlation;
    }
}
