package io.ultramarket.commerce.servers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyPair;

/**
 * The commerce realm as Keycloak imports it: the realm file committed beside this class (roles, clients,
 * demo users), plus the signing key the harness made for this server, which no committed file may hold.
 */
final class KeycloakRealm {

    static final String KEY_PROVIDER_TYPE = "org.keycloak.keys.KeyProvider";

    private static final String RESOURCE = "commerce-realm.json";
    // Above the 100 of the keys Keycloak generates for a realm, so that this one signs if one ever exists.
    private static final long FIRST_KEY_PRIORITY = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakRealm() {
    }

    /** Writes the realm, with {@code key} as the key it signs with, into the folder Keycloak imports from at start. */
    static void writeImport(Path importFolder, KeyPair key) {
        try (InputStream in = KeycloakRealm.class.getResourceAsStream(RESOURCE)) {
            ObjectNode realm = (ObjectNode) JSON.readTree(in);
            realm.putObject("components").putArray(KEY_PROVIDER_TYPE).add(keyProvider("commerce-signing-key", key, FIRST_KEY_PRIORITY));
            JSON.writerWithDefaultPrettyPrinter().writeValue(importFolder.resolve(RESOURCE).toFile(), realm);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the realm to import into " + importFolder, e);
        }
    }

    /**
     * Keycloak's {@code rsa} key provider for the key (it makes the certificate itself): of a realm's
     * active keys, the one with the highest priority signs new tokens.
     */
    static ObjectNode keyProvider(String name, KeyPair key, long priority) {
        ObjectNode provider = JSON.createObjectNode()
                .put("name", name)
                .put("providerId", "rsa");
        ObjectNode config = provider.putObject("config");
        config.putArray("privateKey").add(RsaKeys.privateKeyBase64(key));
        config.putArray("priority").add(Long.toString(priority));
        config.putArray("algorithm").add("RS256");
        config.putArray("active").add("true");
        config.putArray("enabled").add("true");
        return provider;
    }
}
