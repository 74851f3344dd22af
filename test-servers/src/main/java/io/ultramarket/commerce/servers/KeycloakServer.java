package io.ultramarket.commerce.servers;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak, the OpenID Connect provider of the realm {@value #REALM}, on a free loopback port: its
 * tokens are signed by an RSA key the harness made, so tests can also sign tokens of their own with the
 * issuer's real key (expired ones, others for the wrong audience...).
 *
 * <p>The realm (test-servers' {@code commerce-realm.json}): the realm roles {@code customer}, {@code support},
 * {@code merchandiser}, {@code analyst}, {@code auditor} and {@code admin}, which access tokens carry in
 * {@code realm_access.roles} (beside Keycloak's default roles, {@code default-roles-commerce},
 * {@code offline_access} and {@code uma_authorization}, which every user has, however created); the client
 * {@value #API_CLIENT_ID}, the API, which is the tokens' audience ({@code aud}); the public client
 * {@value #CLI_CLIENT_ID} that gets them with the password grant ({@code azp} is the client). Its users,
 * all with the password {@value #DEMO_PASSWORD}: the customers {@code ada} and {@code bob}, and one user
 * per other role, named like it ({@code support}... {@code admin}). Access tokens live an hour.
 *
 * <p>A test run shares one server: tests create users of their own rather than change the demo users, and
 * a test that rotates the signing key changes it for the tests after it (ask {@link #signingKey()} when
 * signing, do not keep it).
 */
public final class KeycloakServer implements RealServer {

    /**
     * The Spring Boot property that names the issuer to a resource server. Not among
     * {@link RealServers#registerSpringProperties}: the shared app context has an issuer of its own, and
     * the tests that want Keycloak's set this property themselves.
     */
    public static final String ISSUER_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    public static final String REALM = "commerce";
    /** The API's client: the audience of the tokens meant for it. */
    public static final String API_CLIENT_ID = "commerce-api";
    public static final String AUDIENCE = API_CLIENT_ID;
    /** The public client that gets users' tokens with the password grant. */
    public static final String CLI_CLIENT_ID = "commerce-cli";
    /** The password of every demo user, and of those {@link #createUser} creates. */
    public static final String DEMO_PASSWORD = "demo-password";

    /** A key the realm signs with: the kid Keycloak puts in the tokens' header, and the key pair. */
    public record SigningKey(String kid, KeyPair keyPair) {
    }

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final String version;
    private final int port;
    private final ServerHome home;
    private final KeycloakAdmin admin;
    private ServerProcess process;
    private SigningKey signingKey;

    private KeycloakServer(String version, int port, ServerHome home) {
        this.version = version;
        this.port = port;
        this.home = home;
        this.admin = new KeycloakAdmin(url(), REALM);
    }

    static KeycloakServer start(ServerHome home) {
        KeycloakInstallation installation = KeycloakInstallation.prepared();
        installation.furnish(home);
        // Kept in the home, so that a kept home's realm, imported at its first start, is still signed by it.
        KeyPair key = RsaKeys.loadOrCreate(home.folder("config").resolve("signing-key.pem"));
        // Written at every start, but imported once: Keycloak leaves a realm that exists alone.
        KeycloakRealm.writeImport(home.folder("data/import"), key);

        KeycloakServer server = new KeycloakServer(installation.version(), FreePorts.next(), home);
        try {
            server.launch(installation);
            server.signingKey = new SigningKey(server.admin.kidOf(key.getPublic()), key);
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    private void launch(KeycloakInstallation installation) {
        Path logs = home.folder("logs");
        // No health or metrics: they would open a management port (9000) besides this one.
        process = ServerProcess.start("Keycloak " + version, installation.command(List.of(
                        "start", "--optimized", "-Dkc.home.dir=" + home.root(),
                        "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                        // The issuer is whatever address a client used: tokens fetched at 127.0.0.1 name 127.0.0.1.
                        "--hostname-strict=false",
                        KeycloakInstallation.LOCAL_CACHE, "--import-realm")),
                Map.of(), home.root(), logs.resolve("process.log"));
        process.awaitReady(STARTUP_TIMEOUT, () -> {
            Http.Answer discovery = Http.getIfUp(issuerUri() + "/.well-known/openid-configuration");
            return discovery != null && discovery.ok();
        });
    }

    /** The realm's issuer, as its tokens name it in {@code iss}: {@code http://127.0.0.1:<port>/realms/commerce}. */
    public String issuerUri() {
        return url() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    /** The realm's public keys (JWKS), where resource servers find the key of a token's kid. */
    public String jwksUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** An access token for a user with the demo password, from the password grant through {@value #CLI_CLIENT_ID}. */
    public String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    /** An access token for a user with that password; fails with Keycloak's answer if it refuses. */
    public String accessToken(String username, String password) {
        return PasswordGrant.accessToken(tokenEndpoint(), CLI_CLIENT_ID, username, password);
    }

    /** The key pair that signs new tokens (RS256). */
    public synchronized KeyPair signingKey() {
        return signingKey.keyPair();
    }

    /** The kid of {@link #signingKey()}, in the header of the tokens it signs and in the realm's JWKS. */
    public synchronized String signingKeyId() {
        return signingKey.kid();
    }

    /**
     * Adds a new RSA key with a higher priority than all others: new tokens are signed with it, while the
     * older keys stay in the JWKS, so tokens they signed still verify (until {@link #retireSigningKey}).
     * {@link #signingKey()} and {@link #signingKeyId()} return the new key from now on.
     */
    public synchronized SigningKey rotateSigningKey() {
        KeyPair key = RsaKeys.generate();
        signingKey = new SigningKey(admin.addSigningKey("commerce-signing-key-rotated", key), key);
        return signingKey;
    }

    /** Removes a key that signed before a rotation: it leaves the JWKS, so the tokens it signed no longer verify. */
    public synchronized void retireSigningKey(String kid) {
        if (kid.equals(signingKey.kid())) {
            throw new IllegalArgumentException(kid + " signs the realm's tokens: rotate to another key before retiring it");
        }
        admin.removeSigningKey(kid);
    }

    /**
     * Creates an enabled user with the password {@value #DEMO_PASSWORD}, the email
     * {@code <username>@example.com} and these realm roles.
     *
     * @return its id, the {@code sub} of its tokens
     */
    public String createUser(String username, String... realmRoles) {
        return admin.createUser(username, DEMO_PASSWORD, List.of(realmRoles));
    }

    /** Gives the user a new (verified) email address, which their next tokens carry. */
    public void changeEmail(String userId, String email) {
        admin.changeEmail(userId, email);
    }

    /** Keycloak's own address, e.g. {@code http://127.0.0.1:43127}; the admin console is under /admin. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public String name() {
        return "Keycloak";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String address() {
        return issuerUri();
    }

    @Override
    public Map<String, String> springProperties() {
        return Map.of(ISSUER_URI_PROPERTY, issuerUri());
    }

    /**
     * The issuer for an app started from a shell, under the name written with the dash of
     * {@code issuer-uri} as an underscore (Spring Boot binds that form too), and the token endpoint for
     * scripts that get the demo users' tokens.
     */
    @Override
    public Map<String, String> environmentVariables() {
        return Map.of(
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUri(),
                "COMMERCE_KEYCLOAK_TOKEN_ENDPOINT", tokenEndpoint());
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop();
        }
        home.discard();
    }
}
