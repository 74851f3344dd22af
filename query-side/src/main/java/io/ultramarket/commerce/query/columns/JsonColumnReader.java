package io.ultramarket.commerce.query.columns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads jsonb columns (which R2DBC hands over as text) into records. Lenient on purpose: a read model
 * written by a newer projection may carry fields this reader does not know yet.
 */
@Component
public class JsonColumnReader {

    private static final TypeReference<List<LineItem>> LINES = new TypeReference<>() {
    };

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Instants, written as ISO-8601 text by the projections' JsonColumns.
            .addModule(new JavaTimeModule())
            .build();

    public List<LineItem> lines(String json) {
        return read(json, LINES);
    }

    public <T> T read(String json, Class<T> type) {
        return json == null ? null : read(json, mapper.constructType(type));
    }

    public <T> T read(String json, TypeReference<T> type) {
        return json == null ? null : read(json, mapper.constructType(type));
    }

    private <T> T read(String json, JavaType type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
