package io.ultramarket.commerce.servers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The harness's Keycloak is a real OpenID Connect provider for the commerce realm: the demo users get
 * RS256 access tokens meant for the API, with their roles, signed by the key the harness holds; keys
 * rotate and retire through the admin API; tests can add users.
 */
@ExtendWith(RealServersExtension.class)
class KeycloakServerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REALM_ROLES = List.of("customer", "support", "merchandiser", "analyst", "auditor", "admin");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndItsEndpoints(KeycloakServer keycloak) throws Exception {
        JsonNode discovery = get(keycloak.issuerUri() + "/.well-known/openid-configuration");

        assertThat(keycloak.issuerUri()).matches("http://127\\.0\\.0\\.1:\\d+/realms/commerce");
        assertThat(discovery.path("issuer").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(keycloak.tokenEndpoint());
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(keycloak.jwksUri());
    }

    @Test
    void aCustomersTokenIsMeantForTheApiCarriesTheRoleAndIsSignedWithTheHarnessKey(KeycloakServer keycloak) throws Exception {
        Jwt token = Jwt.parse(keycloak.accessToken("ada"));

        assertThat(token.header().path("alg").asText()).isEqualTo("RS256");
        assertThat(token.header().path("kid").asText()).isEqualTo(keycloak.signingKeyId());
        assertThat(token.verifiesWith(keycloak.signingKey().getPublic())).isTrue();
        JsonNode claims = token.claims();
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(texts(claims.path("aud"))).contains(KeycloakServer.AUDIENCE);
        assertThat(claims.path("azp").asText()).isEqualTo(KeycloakServer.CLI_CLIENT_ID);
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("customer", "default-roles-commerce");
        assertThat(realmRoles(claims)).containsExactly("customer");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("ada");
        assertThat(claims.path("email").asText()).isEqualTo("ada@example.com");
        assertThat(claims.path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(3600);
    }

    @Test
    void eachStaffUserHasTheRoleOfItsNameOnly(KeycloakServer keycloak) throws Exception {
        for (String role : List.of("support", "merchandiser", "analyst", "auditor", "admin")) {
            JsonNode claims = Jwt.parse(keycloak.accessToken(role)).claims();

            assertThat(realmRoles(claims)).as(role).containsExactly(role);
            assertThat(claims.path("email").asText()).isEqualTo(role + "@example.com");
        }
        assertThat(realmRoles(Jwt.parse(keycloak.accessToken("bob")).claims())).containsExactly("customer");
    }

    @Test
    void aWrongPasswordGetsNoToken(KeycloakServer keycloak) {
        assertThatThrownBy(() -> keycloak.accessToken("ada", "not-" + KeycloakServer.DEMO_PASSWORD))
                .hasMessageContaining("401")
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void aTokenATestSignsWithTheSigningKeyVerifiesWithTheKeyThatTheJwksPublishesUnderItsKid(KeycloakServer keycloak) throws Exception {
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", keycloak.issuerUri())
                .put("aud", KeycloakServer.AUDIENCE)
                .put("sub", "forged")
                .put("exp", Instant.now().minusSeconds(60).getEpochSecond());
        Jwt forged = Jwt.sign(keycloak.signingKeyId(), claims, keycloak.signingKey().getPrivate());

        assertThat(forged.verifiesWith(jwksKey(keycloak, keycloak.signingKeyId()))).isTrue();
    }

    @Test
    void afterARotationNewTokensAreSignedWithTheNewKeyAndTheOldOneIsPublishedUntilRetired(KeycloakServer keycloak) throws Exception {
        String oldKid = keycloak.signingKeyId();
        Jwt signedBefore = Jwt.parse(keycloak.accessToken("bob"));

        KeycloakServer.SigningKey rotated = keycloak.rotateSigningKey();
        Jwt signedAfter = Jwt.parse(keycloak.accessToken("bob"));

        assertThat(rotated.kid()).isNotEqualTo(oldKid);
        assertThat(keycloak.signingKeyId()).isEqualTo(rotated.kid());
        assertThat(keycloak.signingKey()).isSameAs(rotated.keyPair());
        assertThat(signedAfter.header().path("kid").asText()).isEqualTo(rotated.kid());
        assertThat(signedAfter.verifiesWith(rotated.keyPair().getPublic())).isTrue();
        assertThat(jwksKids(keycloak)).contains(oldKid, rotated.kid());
        assertThat(signedBefore.verifiesWith(jwksKey(keycloak, oldKid))).isTrue();

        keycloak.retireSigningKey(oldKid);

        assertThat(jwksKids(keycloak)).contains(rotated.kid()).doesNotContain(oldKid);
        assertThatThrownBy(() -> keycloak.retireSigningKey(rotated.kid())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCreatedUserGetsTokensWhoseSubjectIsItsIdWithItsRoles(KeycloakServer keycloak) throws Exception {
        String id = keycloak.createUser("carol", "support", "auditor");

        JsonNode claims = Jwt.parse(keycloak.accessToken("carol")).claims();

        assertThat(claims.path("sub").asText()).isEqualTo(id);
        assertThat(realmRoles(claims)).containsExactlyInAnyOrder("support", "auditor");
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("default-roles-commerce");
        assertThat(claims.path("email").asText()).isEqualTo("carol@example.com");
        assertThat(claims.path("email_verified").asBoolean()).isTrue();
    }

    /** A signed JWT (JWS compact form) taken apart, or made by the test. */
    private record Jwt(JsonNode header, JsonNode claims, String signingInput, byte[] signature) {

        static Jwt parse(String token) throws IOException {
            String[] parts = token.split("\\.");
            assertThat(parts).hasSize(3);
            return new Jwt(JSON.readTree(decode(parts[0])), JSON.readTree(decode(parts[1])), parts[0] + "." + parts[1], decode(parts[2]));
        }

        static Jwt sign(String kid, JsonNode claims, PrivateKey key) throws Exception {
            JsonNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", kid);
            String signingInput = encode(JSON.writeValueAsBytes(header)) + "." + encode(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return new Jwt(header, claims, signingInput, rs256.sign());
        }

        /** RS256 is RSASSA-PKCS1-v1_5 with SHA-256 over "header.claims", which the JDK calls SHA256withRSA. */
        boolean verifiesWith(PublicKey key) throws GeneralSecurityException {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(signature);
        }

        private static byte[] decode(String part) {
            return Base64.getUrlDecoder().decode(part);
        }

        private static String encode(byte[] bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    private static List<String> jwksKids(KeycloakServer keycloak) throws Exception {
        return get(keycloak.jwksUri()).path("keys").findValuesAsText("kid");
    }

    private static PublicKey jwksKey(KeycloakServer keycloak, String kid) throws Exception {
        for (JsonNode key : get(keycloak.jwksUri()).path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText())),
                        new BigInteger(1, Base64.getUrlDecoder().decode(key.path("e").asText()))));
            }
        }
        throw new AssertionError("the JWKS has no key " + kid);
    }

    /** The commerce realm's own roles in the token, without Keycloak's default ones. */
    private static List<String> realmRoles(JsonNode claims) {
        return texts(claims.path("realm_access").path("roles")).stream().filter(REALM_ROLES::contains).toList();
    }

    /** A claim that is one string or an array of them ({@code aud} is either), as a list. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else if (!node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
