package io.ultramarket.commerce.dispatch;

import io.ultramarket.commerce.idempotency.IdempotencyKeyHeader;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import io.ultramarket.commerce.security.CallerResolver;
import io.ultramarket.commerce.security.Role;
import io.ultramarket.commerce.security.StaffMember;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;

/**
 * Lets a controller method take a {@link CommandContext} built from the current request: the token's
 * subject, display name, roles and client become the command's principal metadata; a console session's
 * staff member (ADR 0062) the same way.
 */
public class CommandContextResolver implements HandlerMethodArgumentResolver {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandContext.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        var request = exchange.getRequest();
        Optional<String> correlationId = Optional.ofNullable(request.getHeaders().getFirst(CORRELATION_HEADER))
                .filter(value -> !value.isBlank() && value.length() <= 255);
        Optional<String> idempotencyKey = IdempotencyKeyHeader.read(request.getHeaders());
        String method = request.getMethod().name();
        String path = request.getPath().value();
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> contextOf((Authentication) principal, correlationId, idempotencyKey, method, path))
                .defaultIfEmpty(new CommandContext(CommerceMetadata.ANONYMOUS, Optional.empty(), List.of(),
                        Optional.empty(), correlationId, idempotencyKey, method, path));
    }

    private static Object contextOf(Authentication authentication, Optional<String> correlationId,
                                    Optional<String> idempotencyKey, String method, String path) {
        // The roles as the routes see them (CallerResolver), by the names tokens give them.
        List<String> roles = CallerResolver.callerOf(authentication).roles().stream().map(Role::claimValue).toList();
        Optional<String> name = Optional.empty();
        Optional<String> clientId = Optional.empty();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            name = Optional.ofNullable(jwt.getToken().getClaimAsString("preferred_username"));
            // Keycloak names the client in azp; RFC 9068 access tokens in client_id.
            clientId = Optional.ofNullable(jwt.getToken().getClaimAsString("azp"))
                    .or(() -> Optional.ofNullable(jwt.getToken().getClaimAsString("client_id")));
        } else if (authentication.getPrincipal() instanceof OidcUser staff) {
            // Signed in to the console through the issuer (ADR 0062): its ID token names the user and the client.
            name = Optional.ofNullable(staff.getPreferredUsername());
            clientId = Optional.ofNullable(staff.getIdToken().getAuthorizedParty())
                    .or(() -> staff.getIdToken().getAudience().stream().findFirst());
        } else if (authentication.getPrincipal() instanceof StaffMember staff) {
            name = Optional.of(staff.username());
            clientId = Optional.of(StaffMember.CLIENT_ID);
        }
        return new CommandContext(authentication.getName(), name, roles, clientId, correlationId, idempotencyKey,
                method, path);
    }
}
