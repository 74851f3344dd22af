package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.security.Caller;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which fields of a class the contract marks {@link PersonalData}, and the walk over a JSON tree that seals them
 * (knowing the class) or opens every envelope in it (needing none: the audit and the export read stored JSON).
 * The JSON names are the Java field names: Axon's mapper writes records by component and other classes (a saga)
 * by field.
 */
final class PersonalFields {

    private static final ClassValue<List<Marked>> MARKED = new ClassValue<>() {
        @Override
        protected List<Marked> computeValue(Class<?> type) {
            return marked(type);
        }
    };

    /** A marked field: its JSON name, the fields naming its subject, and the marked fields of its value, if any. */
    private record Marked(String name, List<String> subject, List<String> inner) {
    }

    private PersonalFields() {
    }

    /** Whether {@code type} has any field to seal. */
    static boolean holdsPersonalData(Class<?> type) {
        return !MARKED.get(type).isEmpty();
    }

    /**
     * Seals, in place, the marked fields of {@code tree} (a {@code type} as JSON) that are not sealed yet (the
     * migration of events stored in the clear meets both). A field without a subject (a guest's value before any
     * id is known) cannot be sealed: it is refused rather than stored in the clear.
     */
    static void seal(Class<?> type, ObjectNode tree, PersonalDataCipher cipher) {
        for (Marked field : MARKED.get(type)) {
            JsonNode value = tree.get(field.name());
            if (!inTheClear(value)) {
                continue;
            }
            UUID subject = subjectOf(tree, field).orElseThrow(() -> new IllegalStateException(
                    type.getSimpleName() + "." + field.name() + " is personal data but names no subject"));
            if (field.inner().isEmpty()) {
                tree.set(field.name(), cipher.seal(subject, value));
            } else if (value instanceof ObjectNode record) {
                for (String inner : field.inner()) {
                    JsonNode part = record.get(inner);
                    if (inTheClear(part)) {
                        record.set(inner, cipher.seal(subject, part));
                    }
                }
            }
        }
    }

    private static boolean inTheClear(JsonNode value) {
        return value != null && !value.isNull() && !PersonalDataCipher.isEnvelope(value);
    }

    /**
     * Seals, in place, the principal's display name in an event's metadata (the token's {@code preferred_username},
     * often a person's login or email) under the key of the customer the principal is.
     */
    static void sealPrincipalName(ObjectNode metadata, PersonalDataCipher cipher) {
        JsonNode name = metadata.get(CommerceMetadata.PRINCIPAL_NAME);
        JsonNode principal = metadata.get(CommerceMetadata.PRINCIPAL);
        if (name != null && name.isTextual() && principal != null && principal.isTextual()) {
            metadata.set(CommerceMetadata.PRINCIPAL_NAME, cipher.seal(Caller.customerIdOf(principal.asText()), name));
        }
    }

    /** {@code tree} with every envelope in it replaced, in place, by its value or the erased marker. */
    static JsonNode reveal(JsonNode tree, PersonalDataCipher cipher) {
        if (tree instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                JsonNode value = field.getValue();
                object.set(field.getKey(), PersonalDataCipher.isEnvelope(value) ? cipher.open(value) : reveal(value, cipher));
            }
        } else if (tree instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                array.set(i, PersonalDataCipher.isEnvelope(value) ? cipher.open(value) : reveal(value, cipher));
            }
        }
        return tree;
    }

    private static Optional<UUID> subjectOf(ObjectNode tree, Marked field) {
        return field.subject().stream()
                .map(tree::get)
                .filter(id -> id != null && id.isTextual())
                .map(id -> UUID.fromString(id.asText()))
                .findFirst();
    }

    private static List<Marked> marked(Class<?> type) {
        List<Marked> marked = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            PersonalData personal = field.getAnnotation(PersonalData.class);
            if (personal == null || Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                continue;
            }
            if (personal.subject().length == 0) {
                // A value's part (an Address's city): sealed by whatever holds the value, with its subject.
                continue;
            }
            List<String> inner = Arrays.stream(field.getType().getDeclaredFields())
                    .filter(part -> part.isAnnotationPresent(PersonalData.class) && !Modifier.isStatic(part.getModifiers()))
                    .map(Field::getName)
                    .toList();
            if (inner.isEmpty() && field.getType() != String.class) {
                // Erased, a field reads as the text "erased": only text, or a record of marked texts, can take it.
                throw new IllegalStateException(type.getName() + "." + field.getName()
                        + " is personal data but neither text nor a record with personal fields");
            }
            marked.add(new Marked(field.getName(), List.of(personal.subject()), inner));
        }
        return List.copyOf(marked);
    }
}
