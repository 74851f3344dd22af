package io.ultramarket.commerce.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuerProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token check, in-process with the development issuer's key: what it issues is accepted with its roles,
 * and every forged or stale token is refused. The same checks against Keycloak are in {@code KeycloakTokensIT}.
 */
class DevelopmentTokenCheckTest {

    private static final String ISSUER = "urn:test:issuer";
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final SecurityProperties properties = new SecurityProperties("commerce-api", Duration.ofSeconds(30),
            "realm_access.roles", new SecurityProperties.Jwks(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofSeconds(5)),
            new SecurityProperties.VerifiedTokens(100, Duration.ofMinutes(1)));
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AtomicInteger keyLookups = new AtomicInteger();
    private final Set<String> retired = ConcurrentHashMap.newKeySet();

    @TempDir
    Path folder;

    @Test
    void anIssuedTokenIsAcceptedWithItsSubjectAndRoles() {
        DevelopmentIssuer issuer = issuer();
        Jwt jwt = decoderOf(issuer).decode(issuer.issue("support").accessToken()).block();

        assertThat(new RolesFromToken("realm_access.roles").rolesOf(jwt)).containsExactly(Role.SUPPORT);
        assertThat(jwt.getAudience()).containsExactly("commerce-api");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("support");
    }

    @Test
    void aCustomerNamedByAUuidHasThatIdAndOthersAStableOne() {
        DevelopmentIssuer issuer = issuer();
        String id = "7b0c6a2e-3f4d-4c1e-9a55-2d7f3c1b9e01";

        assertThat(decoderOf(issuer).decode(issuer.issue(id).accessToken()).block().getSubject()).isEqualTo(id);
        assertThat(issuer.issue("ada").accessToken()).isNotEqualTo(issuer.issue("ada").accessToken());
        assertThat(decoderOf(issuer).decode(issuer.issue("ada").accessToken()).block().getSubject())
                .isEqualTo(decoderOf(issuer).decode(issuer.issue("ada").accessToken()).block().getSubject());
    }

    @Test
    void theKeyIsKeptAcrossRestarts() {
        String token = issuer().issue("ada").accessToken();

        assertThat(decoderOf(issuer()).decode(token).block().getSubject()).isNotBlank();
    }

    @Test
    void forgedAndStaleTokensAreRefused() throws Exception {
        ReactiveJwtDecoder decoder = decoderOf(issuer());
        RSAKey key = issuersKey();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();

        refused(decoder, new PlainJWT(claims(ISSUER, "commerce-api", NOW.plusSeconds(60)).build()).serialize(), "alg none");
        SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                claims(ISSUER, "commerce-api", NOW.plusSeconds(60)).build());
        hs256.sign(new MACSigner(key.toPublicJWK().toJSONString().repeat(2).getBytes()));
        refused(decoder, hs256.serialize(), "HS256 with the public key as secret");
        refused(decoder, signed(stranger, claims(ISSUER, "commerce-api", NOW.plusSeconds(60))), "another key under the same kid");
        refused(decoder, signed(key, claims(ISSUER, "commerce-api", NOW.minusSeconds(60))), "expired");
        refused(decoder, signed(key, claims(ISSUER, "commerce-api", NOW.plusSeconds(600)).notBeforeTime(Date.from(NOW.plusSeconds(300)))), "not yet valid");
        refused(decoder, signed(key, claims("urn:someone:else", "commerce-api", NOW.plusSeconds(60))), "wrong iss");
        refused(decoder, signed(key, claims(ISSUER, "another-api", NOW.plusSeconds(60))), "wrong aud");
        refused(decoder, signed(key, claims(ISSUER, "commerce-api", null)), "no exp");
        refused(decoder, signed(new RSAKeyGenerator(2048).keyID("unknown").generate(), claims(ISSUER, "commerce-api", NOW.plusSeconds(60))), "unknown kid");
        assertThat(decoder.decode(signed(key, claims(ISSUER, "commerce-api", NOW.minusSeconds(10)))).block())
                .as("expired within the clock skew").isNotNull();
    }

    @Test
    void aTokenCheckedOnceIsRememberedButItsClaimsAreCheckedOnEveryUse() throws Exception {
        ReactiveJwtDecoder decoder = decoderOf(issuer());
        RSAKey key = issuersKey();
        String token = signed(key, claims(ISSUER, "commerce-api", NOW.plusSeconds(60)));

        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("mallory");
        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("mallory");
        assertThat(keyLookups).as("the signature was verified once").hasValue(1);

        String[] parts = token.split("\\.");
        String resigned = signed(new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(),
                claims(ISSUER, "commerce-api", NOW.plusSeconds(60)));
        refused(decoder, parts[0] + "." + parts[1] + "." + resigned.split("\\.")[2],
                "the remembered token's header and claims under another key's signature");

        now.set(NOW.plusSeconds(60 + 31));
        refused(decoder, token, "the remembered token once expired beyond the skew");
    }

    @Test
    void aRememberedSignatureIsVerifiedAgainAfterItsTimeToLive() throws Exception {
        ReactiveJwtDecoder decoder = decoderOf(issuer());
        String token = rememberedBy(decoder);

        now.set(NOW.plusSeconds(61));
        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("mallory");

        assertThat(keyLookups).as("verified again after one minute").hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedAsSoonAsItsKeyIsNoLongerTrusted() throws Exception {
        ReactiveJwtDecoder decoder = decoderOf(issuer());
        String token = rememberedBy(decoder);

        retired.add(issuersKey().getKeyID());

        refused(decoder, token, "signed by a key the issuer no longer publishes");
    }

    private DevelopmentIssuer issuer() {
        var settings = new DevelopmentIssuerProperties(ISSUER, folder.resolve("key.json"), Duration.ofMinutes(5));
        return DevelopmentIssuer.withKeyFile(settings, properties.audience(), properties.rolesClaim(), clock);
    }

    /** A token of the issuer's, valid for ten minutes, that {@code decoder} has checked once. */
    private String rememberedBy(ReactiveJwtDecoder decoder) throws Exception {
        String token = signed(issuersKey(), claims(ISSUER, "commerce-api", NOW.plusSeconds(600)));
        decoder.decode(token).block();
        return token;
    }

    private RSAKey issuersKey() throws Exception {
        return (RSAKey) JWKSet.parse(Files.readString(folder.resolve("key.json"))).getKeys().get(0);
    }

    /** The issuer's keys, counting look-ups; a key id added to {@link #retired} is dropped from the set. */
    private ReactiveJwtDecoder decoderOf(DevelopmentIssuer issuer) {
        VerificationKeys keys = new VerificationKeys() {
            @Override
            public Flux<JWK> apply(SignedJWT token) {
                keyLookups.incrementAndGet();
                return Flux.fromIterable(KeySelection.candidates(token, published()));
            }

            @Override
            public boolean stillTrusts(String keyId) {
                return published().getKeyByKeyId(keyId) != null;
            }

            private JWKSet published() {
                return new JWKSet(issuer.publicKeys().getKeys().stream().filter(key -> !retired.contains(key.getKeyID())).toList());
            }
        };
        return TokenDecoders.decoder(keys, issuer.issuer(), properties, clock);
    }

    private static JWTClaimsSet.Builder claims(String issuer, String audience, Instant expiresAt) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject("mallory").audience(List.of(audience))
                .expirationTime(expiresAt == null ? null : Date.from(expiresAt))
                .claim("realm_access", Map.of("roles", List.of("admin")));
    }

    private static String signed(RSAKey key, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void refused(ReactiveJwtDecoder decoder, String token, String why) {
        assertThatThrownBy(() -> decoder.decode(token).block()).as(why).isInstanceOf(JwtException.class);
    }
}
