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
import java.util.function.Supplier;

/**
 * Gives the tests' {@code WebTestClient} the development issuer's tokens (see {@link TestUsers}). A request
 * that sets its own Authorization header, or asks to be anonymous, is sent as it is. A context that trusts
 * an external issuer has no development issuer, and its requests are sent as they are.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevelopmentTokens {

    @Bean
    WebTestClientBuilderCustomizer developmentTokens(ObjectProvider<DevelopmentIssuer> issuer) {
        return builder -> builder.filter(filter(issuer::getIfAvailable));
    }

    /** The filter itself, for a client built by hand against an app of the test's own. */
    public static ExchangeFilterFunction filter(Supplier<DevelopmentIssuer> issuer) {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        return (request, next) -> {
            String user = (String) request.attribute(TestUsers.ATTRIBUTE).orElse(TestUsers.DEFAULT_USER);
            DevelopmentIssuer development = issuer.get();
            if (user.isEmpty() || development == null || request.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
                return next.exchange(request);
            }
            // Signing reads the entropy source: not on a Netty thread, where BlockHound would stop it.
            return Mono.fromCallable(() -> tokens.computeIfAbsent(user, name -> development.issue(name).accessToken()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(token -> next.exchange(ClientRequest.from(request)
                            .headers(headers -> headers.setBearerAuth(token)).build()));
        };
    }
}
