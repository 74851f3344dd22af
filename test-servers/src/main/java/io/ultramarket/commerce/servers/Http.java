package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The few HTTP calls the harness makes itself (readiness, settings, tokens, Keycloak's admin API), and the
 * readiness checks of tests that start the app as a process, on HttpURLConnection: no client library, and no
 * background thread left behind.
 */
public final class Http {

    /** @param location the Location header, where a POST that created something says where it is; null if none */
    public record Answer(int status, String body, String location) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Http() {
    }

    /** GET, or {@code null} when nothing answers yet (connection refused, timeout). */
    public static Answer getIfUp(String url) {
        try {
            return call("GET", url, null, null, null);
        } catch (IOException e) {
            return null;
        }
    }

    static Answer put(String url, String json) throws IOException {
        return call("PUT", url, null, "application/json", json);
    }

    /** POST of an HTML form, as OAuth 2 token endpoints take it. */
    static Answer postForm(String url, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return call("POST", url, null, "application/x-www-form-urlencoded", body);
    }

    /** A call to an API that wants a bearer token; {@code json} is the body, or null for none. */
    static Answer withToken(String method, String url, String token, String json) throws IOException {
        return call(method, url, "Bearer " + token, json == null ? null : "application/json", json);
    }

    private static Answer call(String method, String url, String authorization, String contentType, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            connection.setRequestMethod(method);
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(30_000);
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            return new Answer(status, answer == null ? "" : new String(answer.readAllBytes(), StandardCharsets.UTF_8),
                    connection.getHeaderField("Location"));
        } finally {
            connection.disconnect();
        }
    }
}
