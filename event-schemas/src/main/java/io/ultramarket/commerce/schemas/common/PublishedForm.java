package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

import java.util.Arrays;

/**
 * How events are written when they leave the core (integration events on Kafka, merchants' webhooks): as stored,
 * without any field the contract marks {@link PersonalData}: no name, email, address part (the country stays) or
 * payment provider's token. Those outlets keep copies the shop cannot erase (a compacted topic keyed by aggregate
 * id, a merchant's system), so a consumer needing a person's data asks the API for it by the ids the event carries,
 * and gets {@value PersonalData#ERASED} once that person was erased (ADR 0073). The JSON Schemas under
 * {@code schemas/json} describe this form.
 */
public final class PublishedForm {

    private PublishedForm() {
    }

    /** A copy of {@code stored} (the event store's mapper) that writes the published form. */
    public static ObjectMapper of(ObjectMapper stored) {
        ObjectMapper published = stored.copy();
        return published.setAnnotationIntrospector(AnnotationIntrospector.pair(new WithoutPersonalData(),
                published.getSerializationConfig().getAnnotationIntrospector()));
    }

    /**
     * A marked field is left out, as with {@code @JsonIgnore}, unless its value is a record with marked parts of
     * its own (an {@link Address}, a {@link PaymentMethod}): then only those parts are, and the rest (the country,
     * the method's type) is published.
     */
    private static final class WithoutPersonalData extends NopAnnotationIntrospector {

        @Override
        public boolean hasIgnoreMarker(AnnotatedMember member) {
            return member.hasAnnotation(PersonalData.class) && !hasPersonalParts(member.getRawType());
        }

        private static boolean hasPersonalParts(Class<?> type) {
            return type.isRecord() && Arrays.stream(type.getRecordComponents())
                    .anyMatch(component -> component.isAnnotationPresent(PersonalData.class));
        }
    }
}
