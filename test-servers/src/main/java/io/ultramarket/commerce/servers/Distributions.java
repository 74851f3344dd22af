package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where Maven put the Elasticsearch and Keycloak zips and the Kafka broker's jars. The file is written by
 * the {@code test-server-distributions} module at build time, so the servers' versions are chosen in that
 * module's POM, and their own dependencies never reach a test classpath.
 */
record Distributions(String elasticsearchVersion, Path elasticsearchZip, String kafkaVersion, String kafkaClasspath,
                     String keycloakVersion, Path keycloakZip) {

    private static final String RESOURCE = "/io/ultramarket/commerce/servers/distributions.properties";

    static Distributions resolvedByMaven() {
        try (InputStream in = Distributions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: depend on "
                        + "io.ultramarket.commerce:test-server-distributions (built by the same reactor) as test-servers does");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new Distributions(
                    required(properties, "elasticsearch.version"),
                    Path.of(required(properties, "elasticsearch.zip")),
                    required(properties, "kafka.version"),
                    required(properties, "kafka.classpath"),
                    required(properties, "keycloak.version"),
                    Path.of(required(properties, "keycloak.zip")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key, "");
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("distributions.properties has no " + key + ": was test-server-distributions built by Maven?");
        }
        return value;
    }
}
