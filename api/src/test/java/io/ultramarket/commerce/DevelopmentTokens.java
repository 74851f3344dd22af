package io.ultramarket.commerce;

import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.reactive.server.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Gives the tests' {@code WebTestClient} the development issuer's tokens (see {@link TestUsers}). A request
 * that sets its own Authorization header, or asks to be anonymous, is sent as it is. A context that trusts
 * an external issuer has no development issuer, and its requests are sent as they are.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevelopmentTokens {

    @Bean
    WebTestClientBuilderCustomizer developmentTokens(ObjectProvider<DevelopmentIssuer> issuer) {
        return builder -> {
            DevelopmentIssuer development = issuer.getIfAvailable();
            if (development != null) {
                builder.filter(filter(user -> development.issue(user).accessToken()));
            }
        };
    }

    /**
     * The filter itself, for a client built by hand: {@code tokenOf} gives a user's token (from the issuer
     * in-process, or from an app's token endpoint); each user's token is fetched once.
     */
    public static ExchangeFilterFunction filter(Function<String, String> tokenOf) {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        return (request, next) -> {
            String user = (String) request.attribute(TestUsers.ATTRIBUTE).orElse(TestUsers.DEFAULT_USER);
            if (user.isEmpty() || request.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
                return next.exchange(request);
            }
            // Signing (or fetching) may block: not on a Netty thread, where BlockHound would stop it.
            return Mono.fromCallable(() -> tokens.computeIfAbsent(user, tokenOf))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(token -> next.exchange(ClientRequest.from(request)
                            .headers(headers -> headers.setBearerAuth(token)).build()));
        };
    }
}
