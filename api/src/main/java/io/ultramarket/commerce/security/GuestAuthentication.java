package io.ultramarket.commerce.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * Who presents a guest cart's token ({@value CartToken#HEADER}) and no bearer token: a guest, named by the
 * token's guest id, with the {@link Role#GUEST} role. Which cart that opens is the routes' business
 * ({@link Owners}): a token of the wrong form is 401, a token of another cart is 404 there. A bearer token
 * wins: a signed-in customer presents a cart token only to claim that cart.
 */
final class GuestAuthentication extends AbstractAuthenticationToken {

    private final UUID guestId;

    private GuestAuthentication(UUID guestId) {
        super(List.of(Role.GUEST.authority()));
        this.guestId = guestId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return guestId.toString();
    }

    static AuthenticationWebFilter filter(ServerAuthenticationEntryPoint problems) {
        ReactiveAuthenticationManager tokens = presented -> CartToken.parse((String) presented.getCredentials())
                .<Authentication>map(token -> new GuestAuthentication(token.guestId()))
                .map(Mono::just)
                .orElseGet(() -> Mono.error(new BadCredentialsException(
                        "a cart token is the 43 characters of base64url that opening the cart answered with")));
        AuthenticationWebFilter filter = new AuthenticationWebFilter(tokens);
        filter.setServerAuthenticationConverter(GuestAuthentication::presented);
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        return filter;
    }

    private static Mono<Authentication> presented(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String token = headers.getFirst(CartToken.HEADER);
        if (token == null || headers.containsKey(HttpHeaders.AUTHORIZATION)) {
            return Mono.empty();
        }
        return Mono.just(new Presented(token));
    }

    /** A cart token as presented, before its form is checked. */
    private static final class Presented extends AbstractAuthenticationToken {

        private final String token;

        Presented(String token) {
            super(List.of());
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return "guest";
        }
    }
}
