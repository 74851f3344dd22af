package io.ultramarket.commerce.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a checked token into an authentication whose authorities are the {@link Role}s found under the
 * configured claim path. Role names the app does not know are ignored, never guessed at.
 */
public class RolesFromToken implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final List<String> claimPath;

    public RolesFromToken(String rolesClaim) {
        this.claimPath = List.of(rolesClaim.split("\\."));
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = rolesOf(jwt).stream().map(Role::authority).toList();
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    Set<Role> rolesOf(Jwt jwt) {
        return rolesIn(jwt.getClaims());
    }

    /** The roles under the claim path of any set of claims: an ID token's too (the console's sign-in, ADR 0062). */
    public Set<Role> rolesIn(Map<String, Object> claims) {
        Object node = claims;
        for (String step : claimPath) {
            node = node instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (!(node instanceof Collection<?> values)) {
            return Set.of();
        }
        return values.stream()
                .map(value -> Role.fromClaim(String.valueOf(value)))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
