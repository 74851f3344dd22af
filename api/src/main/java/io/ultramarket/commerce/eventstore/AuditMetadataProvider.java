package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Gives every message created while handling another (events from a command, commands from a policy) the
 * acting principal, the correlation id of the chain and, as causation id, the id of the handled message.
 * Auditors read these three keys on every stored event.
 */
@Component
class AuditMetadataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> handled) {
        var metaData = handled.getMetaData();
        Object principal = metaData.getOrDefault(CommerceMetadata.PRINCIPAL, CommerceMetadata.ANONYMOUS);
        Object correlationId = metaData.getOrDefault(CommerceMetadata.CORRELATION_ID, handled.getIdentifier());
        return Map.of(
                CommerceMetadata.PRINCIPAL, principal,
                CommerceMetadata.CORRELATION_ID, correlationId,
                CommerceMetadata.CAUSATION_ID, handled.getIdentifier());
    }
}
