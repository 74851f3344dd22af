package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes a process act as itself: while one of its handlers runs, the handled event's principal becomes the
 * process's system principal (for example {@code system:checkout}), so every command, deadline and event it
 * causes carries that principal, not the customer or webhook whose event it reacts to. Whom it acts for is
 * kept in {@code onBehalfOf} (the first person up the chain), and the correlation id and causation id (the
 * handled event) still lead back to the originating request. Only the message in hand is changed, never
 * the stored event.
 */
public final class SystemPrincipal implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String principal;

    public SystemPrincipal(String principal) {
        this.principal = principal;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.transformMessage(event -> event.withMetaData(actingAsThisProcess(event.getMetaData())));
        return chain.proceed();
    }

    MetaData actingAsThisProcess(MetaData cause) {
        Map<String, Object> metaData = new HashMap<>(cause);
        Object onBehalfOf = cause.getOrDefault(CommerceMetadata.ON_BEHALF_OF, cause.get(CommerceMetadata.PRINCIPAL));
        metaData.remove(CommerceMetadata.PRINCIPAL_NAME);
        metaData.remove(CommerceMetadata.CLIENT_ID);
        metaData.remove(CommerceMetadata.ON_BEHALF_OF);
        if (onBehalfOf != null && !onBehalfOf.equals(principal)) {
            metaData.put(CommerceMetadata.ON_BEHALF_OF, onBehalfOf);
        }
        metaData.put(CommerceMetadata.PRINCIPAL, principal);
        metaData.put(CommerceMetadata.PRINCIPAL_ROLES, CommerceMetadata.SYSTEM_ROLE);
        return MetaData.from(metaData);
    }
}
