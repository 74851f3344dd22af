package io.ultramarket.commerce.security.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.ultramarket.commerce.schemas.customer.CustomerLanguage;
import io.ultramarket.commerce.security.Role;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Issues tokens for demo users, signed with Spring Security's Nimbus encoder, in the shape Keycloak gives
 * them ({@code aud}, {@code azp}, roles under the configured claim path, {@code preferred_username},
 * {@code name}, {@code email}, and {@code locale} when asked for one). Staff are the users named after a staff role ({@code support},
 * {@code merchandiser}, {@code analyst}, {@code auditor}, {@code admin}); any other name is a customer
 * (so {@code ada} and {@code bob} are two customers). A user's subject is a UUID: the name itself if it is
 * one, otherwise derived from the name, so the same name is the same customer across restarts.
 */
public class DevelopmentIssuer {

    public static final String CLIENT_ID = "commerce-dev-issuer";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final DevelopmentIssuerProperties properties;
    private final RSAKey key;
    private final JWKSet publicKeys;
    private final JwtEncoder encoder;
    private final String audience;
    private final List<String> rolesClaimPath;
    private final Clock clock;

    DevelopmentIssuer(DevelopmentIssuerProperties properties, RSAKey key, String audience, String rolesClaim,
                             Clock clock) {
        this.properties = properties;
        this.key = key;
        this.publicKeys = new JWKSet(key.toPublicJWK());
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        this.audience = audience;
        this.rolesClaimPath = List.of(rolesClaim.split("\\."));
        this.clock = clock;
    }

    /** The issuer with its key from {@code properties.keyFile()}, made there on the first start. */
    public static DevelopmentIssuer withKeyFile(DevelopmentIssuerProperties properties, String audience,
                                                String rolesClaim, Clock clock) {
        return new DevelopmentIssuer(properties, SigningKeyFile.loadOrCreate(properties.keyFile()), audience, rolesClaim,
                clock);
    }

    public String issuer() {
        return properties.issuer();
    }

    /** The public half of the signing key, as the JWKS endpoint serves it. */
    public JWKSet publicKeys() {
        return publicKeys;
    }

    /** A signed access token for the demo user {@code username}. Signing reads the entropy source: not on Netty's threads. */
    public IssuedToken issue(String username) {
        return issue(username, null);
    }

    /**
     * The same, for a user whose identity provider names their language: {@code locale} (e.g. {@code de-DE}), a
     * well-formed BCP 47 tag, or null for none.
     */
    public IssuedToken issue(String username, String locale) {
        if (username == null || !(NAME.matcher(username).matches() || isUuid(username))) {
            throw new IllegalArgumentException("a user name is 1 to 64 lower-case letters, digits, '.', '_' or '-', or a UUID");
        }
        Role role = staffRole(username).orElse(Role.CUSTOMER);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenLifetime());
        if (locale != null && !locale.equals(CustomerLanguage.fromClaim(locale))) {
            throw new IllegalArgumentException("a locale is a BCP 47 tag such as de-DE");
        }
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subjectOf(username).toString())
                .audience(List.of(audience))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("azp", CLIENT_ID)
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("email", username + "@example.com")
                .claim(rolesClaimPath.get(0), nested(rolesClaimPath.subList(1, rolesClaimPath.size()), List.of(role.claimValue())));
        if (locale != null) {
            claims.claim("locale", locale);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, properties.tokenLifetime().toSeconds());
    }

    /** The subject of the demo user's tokens: the console's form sign-in names staff by it too (ADR 0062). */
    public static UUID subjectOf(String username) {
        return isUuid(username) ? UUID.fromString(username)
                : UUID.nameUUIDFromBytes(("dev-issuer:" + username).getBytes(StandardCharsets.UTF_8));
    }

    /** The staff role of a demo user named after it; empty for a customer. */
    public static Optional<Role> staffRole(String username) {
        return Role.fromClaim(username).filter(role -> role != Role.CUSTOMER);
    }

    private static Object nested(List<String> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Map<String, Object> level = new LinkedHashMap<>();
        level.put(path.get(0), nested(path.subList(1, path.size()), value));
        return Collections.unmodifiableMap(level);
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    /** What the token endpoint answers, in OAuth 2's field names. */
    public record IssuedToken(String accessToken, long expiresIn) {
    }
}
