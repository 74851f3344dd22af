package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.schemas.common.PersonalData;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/**
 * Whether a writer's {@code @EventHandler} methods can see personal data: an event with a field the contract marks
 * {@link PersonalData} (the fields the store seals, ADR 0069), or the message's metadata (it carries the sealed name
 * of the principal). A handler of a sealed type sees what the types it permits hold; one whose event type says nothing
 * (an {@code Object}, a message) counts as seeing personal data.
 * Decided once, from the writer's class: what a writer could see, not what one event held.
 */
final class PersonalFieldsHandled {

    private PersonalFieldsHandled() {
    }

    static boolean by(Class<?> writer) {
        for (Class<?> type = writer; type != null && type != Object.class; type = type.getSuperclass()) {
            if (Arrays.stream(type.getDeclaredMethods()).anyMatch(PersonalFieldsHandled::seesPersonalData)) {
                return true;
            }
        }
        return false;
    }

    private static boolean seesPersonalData(Method method) {
        EventHandler handler = method.getAnnotation(EventHandler.class);
        if (handler == null) {
            return false;
        }
        if (Arrays.stream(method.getParameters()).anyMatch(PersonalFieldsHandled::isMetaData)) {
            return true;
        }
        Class<?> payload = handler.payloadType() != Object.class ? handler.payloadType()
                : method.getParameterCount() > 0 ? method.getParameterTypes()[0] : Object.class;
        return mayHoldPersonalData(payload);
    }

    /** A record by its fields; a sealed type by each type it permits; any other type may hold anything. */
    private static boolean mayHoldPersonalData(Class<?> payload) {
        if (payload.isRecord()) {
            return Arrays.stream(payload.getDeclaredFields())
                    .anyMatch(field -> !Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(PersonalData.class));
        }
        return !payload.isSealed() || Arrays.stream(payload.getPermittedSubclasses()).anyMatch(PersonalFieldsHandled::mayHoldPersonalData);
    }

    private static boolean isMetaData(Parameter parameter) {
        return parameter.isAnnotationPresent(MetaDataValue.class) || MetaData.class.isAssignableFrom(parameter.getType());
    }
}
