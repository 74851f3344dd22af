package io.ultramarket.commerce.servers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Spring Boot properties as the environment variables that set them, for an app started from a shell. */
final class EnvironmentVariables {

    private EnvironmentVariables() {
    }

    /**
     * Spring Boot's rule for environment variables: dots become underscores, dashes go, all upper case.
     * So {@code spring.kafka.bootstrap-servers} is {@code SPRING_KAFKA_BOOTSTRAPSERVERS}.
     */
    static String nameOf(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** The properties under the names of their variables. */
    static Map<String, String> of(Map<String, String> properties) {
        Map<String, String> variables = new HashMap<>();
        properties.forEach((property, value) -> variables.put(nameOf(property), value));
        return variables;
    }

    /** {@code export NAME='value'} lines for a POSIX shell, in a stable order. */
    static String exportLines(Map<String, String> variables) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(variables).forEach((name, value) -> lines
                .append("export ").append(name).append("='").append(value.replace("'", "'\\''")).append("'\n"));
        return lines.toString();
    }
}
