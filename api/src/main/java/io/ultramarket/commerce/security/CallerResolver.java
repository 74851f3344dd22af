package io.ultramarket.commerce.security;

import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets a route take the {@link Caller} of the request. A request without a token is an anonymous caller
 * with no roles (only public routes get that far).
 */
public class CallerResolver implements HandlerMethodArgumentResolver {

    static final Caller ANONYMOUS = new Caller(CommerceMetadata.ANONYMOUS, Set.of());

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        return callerOf(exchange).cast(Object.class);
    }

    /** The caller of the request: its token's subject and roles, or anonymous. */
    public static Mono<Caller> callerOf(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> callerOf((Authentication) principal))
                .defaultIfEmpty(ANONYMOUS);
    }

    /** The caller an authentication stands for: its name and the roles among its authorities. */
    public static Caller callerOf(Authentication authentication) {
        Set<Role> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(Role.values()).filter(role -> role.authority().getAuthority().equals(authority)))
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(authentication.getName(), roles);
    }
}
