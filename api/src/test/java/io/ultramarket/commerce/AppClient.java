package io.ultramarket.commerce;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.ClientRequest;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * HTTP to an app listening on a real port (a context of the test's own, or an app process), with the
 * {@code Authorization} header each request will need once the API is secured. Tests that reach the app
 * over the network build their client here, so that tokens come in at this one place.
 */
public final class AppClient {

    /** No {@code Authorization} header: the API checks none yet. */
    public static final Supplier<String> NO_AUTHORIZATION = () -> null;

    private AppClient() {
    }

    /**
     * A client for {@code baseUrl}, e.g. {@code http://localhost:8080}. {@code authorization} is asked for
     * the header's value on every request (so a renewed token is used as soon as it exists); null or empty
     * sends none. It runs where the request is sent and must answer at once (a token already fetched).
     */
    public static WebTestClient to(String baseUrl, Supplier<String> authorization) {
        return WebTestClient.bindToServer()
                .baseUrl(baseUrl)
                .responseTimeout(Duration.ofSeconds(30))
                .filter((request, next) -> {
                    String value = authorization.get();
                    return next.exchange(StringUtils.hasText(value)
                            ? ClientRequest.from(request).header(HttpHeaders.AUTHORIZATION, value).build()
                            : request);
                })
                .build();
    }
}
