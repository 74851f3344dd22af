package io.ultramarket.commerce.servers;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** OAuth 2's password grant (Keycloak's "direct access grants"): a user's access token for a name and password. */
final class PasswordGrant {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PasswordGrant() {
    }

    static String accessToken(String tokenEndpoint, String clientId, String username, String password) {
        try {
            Http.Answer answer = Http.postForm(tokenEndpoint, Map.of(
                    "grant_type", "password",
                    "client_id", clientId,
                    "username", username,
                    "password", password));
            if (!answer.ok()) {
                throw new IllegalStateException(tokenEndpoint + " refused " + username + " a token for " + clientId + ": "
                        + answer.status() + " " + answer.body());
            }
            return JSON.readTree(answer.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("could not get a token for " + username + " from " + tokenEndpoint, e);
        }
    }
}
