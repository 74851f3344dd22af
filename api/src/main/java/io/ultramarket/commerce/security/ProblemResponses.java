package io.ultramarket.commerce.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * Security's refusals in the app's error format: 401 problem+json with a {@code WWW-Authenticate: Bearer}
 * challenge (RFC 6750: {@code invalid_token} and why, when a token was sent), and 403 problem+json with
 * {@code insufficient_scope} when the token is good but lacks the role.
 */
class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String challenge = "Bearer";
        String detail = "this needs a bearer token (Authorization: Bearer <access token>)";
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            challenge = "Bearer error=\"" + error.getErrorCode() + "\", error_description=\""
                    + quotable(error.getDescription()) + "\"";
            detail = "the bearer token was refused: " + error.getDescription();
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            byte[] body = json.writeValueAsBytes(problem);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
    }

    /** A description inside a quoted header parameter: no quotes or backslashes, printable ASCII only. */
    private static String quotable(String text) {
        return text == null ? "" : text.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "'");
    }
}
