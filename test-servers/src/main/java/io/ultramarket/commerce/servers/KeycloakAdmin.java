package io.ultramarket.commerce.servers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What tests change in a running realm, through Keycloak's admin REST API as the master realm's admin.
 * Each call gets a fresh admin token: they live for a minute, and a test may wait longer between calls.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String realm;

    /** @param url Keycloak's base address, e.g. {@code http://127.0.0.1:43127} */
    KeycloakAdmin(String url, String realm) {
        this.url = url;
        this.realm = realm;
    }

    /** The kid of the realm's key with this public key, as Keycloak puts it in the tokens that key signs. */
    String kidOf(PublicKey key) {
        String encoded = Base64.getEncoder().encodeToString(key.getEncoded());
        return keys().filter(candidate -> encoded.equals(candidate.path("publicKey").asText()))
                .map(candidate -> candidate.path("kid").asText())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("realm " + realm + " has no key with that public key"));
    }

    /** Adds the key with a priority above every key of the realm, so that it signs the tokens from now on. */
    String addSigningKey(String name, KeyPair key) {
        long priority = keys().mapToLong(candidate -> candidate.path("providerPriority").asLong()).max().orElse(0) + 1;
        ObjectNode provider = KeycloakRealm.keyProvider(name, key, priority).put("providerType", KeycloakRealm.KEY_PROVIDER_TYPE);
        call("add a signing key", "POST", "/components", provider);
        return kidOf(key.getPublic());
    }

    /** Deletes the key provider of the key with this kid: the key leaves the realm's JWKS. */
    void removeSigningKey(String kid) {
        String provider = keys().filter(candidate -> kid.equals(candidate.path("kid").asText()))
                .map(candidate -> candidate.path("providerId").asText())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("realm " + realm + " has no key " + kid));
        call("remove the signing key " + kid, "DELETE", "/components/" + provider, null);
    }

    /** Creates an enabled user with a password and these realm roles; returns its id. */
    String createUser(String username, String password, List<String> realmRoles) {
        ObjectNode user = JSON.createObjectNode()
                .put("username", username)
                .put("email", username + "@example.com")
                .put("emailVerified", true)
                // Keycloak's user profile wants both names: without them a login fails, "Account is not fully set up".
                .put("firstName", username)
                .put("lastName", "Example")
                .put("enabled", true);
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        // Creating a user ignores its realmRoles: roles are mapped by a call of their own.
        String location = call("create the user " + username, "POST", "/users", user).location();
        String id = location.substring(location.lastIndexOf('/') + 1);
        ArrayNode roles = JSON.createArrayNode();
        for (String role : realmRoles) {
            roles.add(read(call("find the realm role " + role, "GET", "/roles/" + role, null)));
        }
        call("give " + username + " the roles " + realmRoles, "POST", "/users/" + id + "/role-mappings/realm", roles);
        return id;
    }

    void changeEmail(String userId, String email) {
        call("change the email of " + userId, "PUT", "/users/" + userId,
                JSON.createObjectNode().put("email", email).put("emailVerified", true));
    }

    /** The realm's keys, each with its kid, public key, priority and provider (the component that holds it). */
    private Stream<JsonNode> keys() {
        JsonNode keys = read(call("list the keys", "GET", "/keys", null)).path("keys");
        return StreamSupport.stream(keys.spliterator(), false);
    }

    private Http.Answer call(String what, String method, String path, JsonNode body) {
        try {
            Http.Answer answer = Http.withToken(method, url + "/admin/realms/" + realm + path, token(),
                    body == null ? null : JSON.writeValueAsString(body));
            if (!answer.ok()) {
                throw new IllegalStateException("Keycloak refused to " + what + ": " + answer.status() + " " + answer.body());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("could not ask Keycloak to " + what, e);
        }
    }

    private String token() {
        return PasswordGrant.accessToken(url + "/realms/master/protocol/openid-connect/token", "admin-cli",
                KeycloakInstallation.ADMIN_USERNAME, KeycloakInstallation.ADMIN_PASSWORD);
    }

    private static JsonNode read(Http.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Keycloak answered something else than JSON: " + answer.body(), e);
        }
    }
}
