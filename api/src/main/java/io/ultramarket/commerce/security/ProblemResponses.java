package io.ultramarket.commerce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Security's refusals in the app's error format: 401 problem+json with a {@code WWW-Authenticate: Bearer}
 * challenge (RFC 6750: {@code invalid_token} and why, when a token was sent), and 403 problem+json with
 * {@code insufficient_scope} when the token is good but lacks the role.
 */
class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemResponses(ObjectMapper json) {
        this.problems = new ProblemWriter(json);
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String challenge = "Bearer";
        String detail = "this needs a bearer token (Authorization: Bearer <access token>)";
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            challenge = "Bearer error=\"" + error.getErrorCode() + "\", error_description=\""
                    + quotable(error.getDescription()) + "\"";
            detail = "the bearer token was refused: " + error.getDescription();
        } else if (failure instanceof BadCredentialsException refused) {
            detail = "the " + CartToken.HEADER + " was refused: " + refused.getMessage();
        }
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", detail, challenge);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "the token is valid but does not hold a role that may do this",
                "Bearer error=\"insufficient_scope\"");
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail,
                             String challenge) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.write(exchange, ProblemWriter.problem(exchange, status, slug, title, detail));
    }

    /** A description inside a quoted header parameter: no quotes or backslashes, printable ASCII only. */
    private static String quotable(String text) {
        return text == null ? "" : text.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "'");
    }
}
