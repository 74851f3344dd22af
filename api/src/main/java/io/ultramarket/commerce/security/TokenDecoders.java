package io.ultramarket.commerce.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSecurityContextJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * How a bearer token is checked, the same way for the external issuer and the development one: only
 * RS256 or ES256 signatures by one of the issuer's keys (by {@code kid}), {@code exp} required, {@code exp}
 * and {@code nbf} with a small skew, {@code iss} the issuer's, {@code aud} containing this API. A token checked
 * once is remembered ({@link VerifiedTokenCache}); its claims and its key's trust are checked again on every use.
 */
final class TokenDecoders {

    /** Asymmetric signatures only: {@code none} and the HMAC family (a public key used as a secret) never pass. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private TokenDecoders() {
    }

    static ReactiveJwtDecoder decoder(VerificationKeys keys, String issuer,
                                              SecurityProperties properties, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys)
                // The builder takes one algorithm (a second call replaces the first): the allow-list is set here.
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                        new JWSVerificationKeySelector<>(ALGORITHMS, new JWKSecurityContextJWKSet())))
                .build();
        OAuth2TokenValidator<Jwt> claims = claimChecks(issuer, properties, clock);
        decoder.setJwtValidator(claims);
        return new VerifiedTokenCache(decoder, claims, keys::stillTrusts, properties.verifiedTokens(), clock);
    }

    private static OAuth2TokenValidator<Jwt> claimChecks(String issuer, SecurityProperties properties, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                // Spring's timestamp check lets a token without exp live for ever: such a token is refused.
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                timestamps,
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(properties.audience()));
    }
}
