package io.ultramarket.commerce.console;

import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Spring Security's authorization requests of the OIDC sign-in, made off Netty's threads: their state, nonce and
 * PKCE verifier are drawn from {@code SecureRandom}, which reads the OS entropy source (BlockHound caught it).
 */
final class AuthorizationRequestsOffTheEventLoop implements ServerOAuth2AuthorizationRequestResolver {

    private final ServerOAuth2AuthorizationRequestResolver requests;

    AuthorizationRequestsOffTheEventLoop(ReactiveClientRegistrationRepository registrations) {
        this.requests = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
        return requests.resolve(exchange).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
        return requests.resolve(exchange, clientRegistrationId).subscribeOn(Schedulers.boundedElastic());
    }
}
