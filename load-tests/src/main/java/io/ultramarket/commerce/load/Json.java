package io.ultramarket.commerce.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One shared Jackson mapper: it is thread-safe once configured, and costly to create per request. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalArgumentException("cannot write request body " + body, unwritable);
        }
    }

    /** The body as a tree, or an empty object if it is empty or not JSON (a proxy's error page, say). */
    static JsonNode read(byte[] body) {
        if (body.length == 0) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException notJson) {
            return MAPPER.createObjectNode();
        }
    }
}
