package io.ultramarket.commerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document compared with a copy committed under {@code src/test/resources/golden/}, so that a change of the
 * published API is a deliberate one. Keys are sorted before comparing; an intended change is recorded by
 * running the test with {@code -Dgolden.update=true} and committing the new copy with the change.
 */
final class GoldenCopy {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path committed;

    GoldenCopy(String name) {
        this.committed = Path.of("src", "test", "resources", "golden", name);
    }

    void assertMatches(JsonNode document) {
        String actual = canonical(document);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, actual);
            }
            Path received = Path.of("target", "golden", committed.getFileName().toString());
            Files.createDirectories(received.getParent());
            Files.writeString(received, actual);
            assertThat(actual)
                    .as("%s differs from its golden copy %s; if the change is intended, rerun with "
                            + "-Dgolden.update=true and commit the copy", received, committed)
                    .isEqualTo(Files.exists(committed) ? Files.readString(committed) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String canonical(JsonNode document) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.convertValue(document, Map.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
