package io.ultramarket.commerce.servers;

import java.util.Map;

/** One running server of the harness: what it is, how to reach it, and how to stop it. */
public interface RealServer {

    /** e.g. "Elasticsearch". */
    String name();

    /** The server's own version, as it reports it or as it was installed. */
    String version();

    /** Where clients connect, in the form its clients expect (a URL, bootstrap servers, a JDBC URL). */
    String address();

    /** The Spring Boot properties that point an app at this server, by name. */
    Map<String, String> springProperties();

    /**
     * The environment variables that point an app started from a shell (or a script) at this server, by
     * name: by default its Spring Boot properties, under the names Spring Boot binds them from.
     */
    default Map<String, String> environmentVariables() {
        return EnvironmentVariables.of(springProperties());
    }

    /** Stops the server and, for a test run, deletes its data. */
    void stop();
}
