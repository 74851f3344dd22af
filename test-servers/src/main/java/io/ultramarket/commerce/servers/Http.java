package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The few HTTP calls the harness makes itself (readiness, one setting), and the readiness checks of tests
 * that start the app as a process, on HttpURLConnection: no client library, and no background thread left behind.
 */
public final class Http {

    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Http() {
    }

    /** GET, or {@code null} when nothing answers yet (connection refused, timeout). */
    public static Answer getIfUp(String url) {
        try {
            return call("GET", url, null);
        } catch (IOException e) {
            return null;
        }
    }

    static Answer put(String url, String json) throws IOException {
        return call("PUT", url, json);
    }

    private static Answer call(String method, String url, String json) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            connection.setRequestMethod(method);
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(30_000);
            if (json != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            return new Answer(status, body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            connection.disconnect();
        }
    }
}
