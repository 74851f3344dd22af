package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Axon's serializer with the personal fields sealed: an object whose class has {@code @PersonalData} fields is
 * written as JSON, its marked fields replaced by envelopes, and read back with every envelope opened (or
 * {@code erased}); so is the principal's display name in messages' metadata. Everything else passes through
 * untouched. It wraps the event serializer (events, and the
 * dead letters of event handlers) and the general one (saga state), so every stored copy Axon makes holds
 * ciphertext, and the hash chain covers the ciphertext.
 */
class PersonalDataSerializer implements Serializer {

    private final Serializer delegate;
    private final Supplier<PersonalDataCipher> cipher;
    /**
     * The classes of the stored type names met so far. Axon's Jackson serializer asks the class loader each time
     * (a {@code Class.forName}); the event store asks for every event it reads, in the pooled processors'
     * coordinator thread that feeds all their workers: a sixth of its time in a replay.
     */
    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

    PersonalDataSerializer(Serializer delegate, Supplier<PersonalDataCipher> cipher) {
        this.delegate = delegate;
        this.cipher = cipher;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        boolean metaData = object instanceof MetaData;
        if (object == null || !(metaData || PersonalFields.holdsPersonalData(object.getClass()))) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> plain = delegate.serialize(object, JsonNode.class);
        ObjectNode tree = (ObjectNode) plain.getData().deepCopy();
        if (metaData) {
            PersonalFields.sealPrincipalName(tree, cipher.get());
        } else {
            PersonalFields.seal(object.getClass(), tree, cipher.get());
        }
        T data = getConverter().convert(tree, JsonNode.class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, plain.getType());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        if (type != MetaData.class && !PersonalFields.holdsPersonalData(type)) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(), JsonNode.class)
                .deepCopy();
        return delegate.deserialize(new SimpleSerializedObject<>(PersonalFields.reveal(tree, cipher.get()), JsonNode.class,
                serializedObject.getType()));
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> known = classes.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> found = delegate.classForType(type);
        // Types no class answers to are not remembered: only the app's own classes fill the map.
        if (found != UnknownSerializedType.class) {
            classes.put(type.getName(), found);
        }
        return found;
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
