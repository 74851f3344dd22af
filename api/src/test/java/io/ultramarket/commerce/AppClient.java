package io.ultramarket.commerce;


import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP to an app listening on a real port (a context of the test's own, or an app process) with tokens of
 * that app's development issuer. Tests that reach such an app over the network build their client here.
 */
public final class AppClient {

    private static final HttpClient TOKENS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppClient() {
    }

    /**
     * A client for an app at {@code baseUrl}, e.g. {@code http://localhost:8080}, that runs its development
     * issuer: each request carries the token of the user its {@link TestUsers} attribute names (admin by
     * default), fetched from the app's token endpoint.
     */
    public static WebTestClient to(String baseUrl) {
        return WebTestClient.bindToServer()
                .baseUrl(baseUrl)
                .responseTimeout(Duration.ofSeconds(30))
                .filter(DevelopmentTokens.filter(user -> tokenFrom(baseUrl, user)))
                .build();
    }

    private static String tokenFrom(String baseUrl, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/dev-issuer/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> answer = TOKENS.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the app's token endpoint answered " + answer.statusCode() + ": " + answer.body());
            }
            return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
