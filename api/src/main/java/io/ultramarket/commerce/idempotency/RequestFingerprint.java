package io.ultramarket.commerce.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the request line and the request body as read (re-serialised, so whitespace and field
 * order in the client's JSON do not matter): two requests with one Idempotency-Key are "the same" when
 * their fingerprints are equal.
 */
@Component
public class RequestFingerprint {

    private final ObjectMapper json;

    RequestFingerprint(ObjectMapper json) {
        this.json = json;
    }

    public String of(String method, String path, Object body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException impossible) {
            throw new IllegalStateException("cannot fingerprint request", impossible);
        }
    }
}
