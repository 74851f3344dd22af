package io.ultramarket.commerce.sagas.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs and checks webhook deliveries the way Stripe does: a header {@code t=<unix seconds>,v1=<hex>}
 * where the hex is HMAC-SHA256 over {@code "<t>.<raw body>"} with a shared secret. Several {@code v1}
 * values may be present (secret rotation); any one matching is enough. Comparison is constant-time.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code at}. */
    public static String header(String secret, Instant at, byte[] body) {
        long timestamp = at.getEpochSecond();
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /**
     * Checks a delivery; returns normally when it is signed with one of {@code secrets} within
     * {@code tolerance} of {@code now}, and throws {@link InvalidWebhookSignature} saying why otherwise.
     */
    public static void verify(String header, byte[] body, List<String> secrets, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            throw new InvalidWebhookSignature("the signature header is missing");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                timestamp = parseTimestamp(pair[1]);
            } else if (pair[0].equals("v1")) {
                signatures.add(parseHex(pair[1]));
            }
        }
        if (timestamp == null) {
            throw new InvalidWebhookSignature("the signature header has no timestamp (t=)");
        }
        if (signatures.isEmpty()) {
            throw new InvalidWebhookSignature("the signature header has no v1 signature");
        }
        long age = Math.abs(now.getEpochSecond() - timestamp);
        if (age > tolerance.toSeconds()) {
            throw new InvalidWebhookSignature("the signature timestamp is " + age + " s away from now; at most "
                    + tolerance.toSeconds() + " s is accepted");
        }
        for (String secret : secrets) {
            byte[] expected = hmac(secret, timestamp, body);
            for (byte[] signature : signatures) {
                if (MessageDigest.isEqual(expected, signature)) {
                    return;
                }
            }
        }
        throw new InvalidWebhookSignature("no v1 signature matches the body");
    }

    private static long parseTimestamp(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidWebhookSignature("the signature timestamp is not a number");
        }
    }

    private static byte[] parseHex(String value) {
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidWebhookSignature("a v1 signature is not hexadecimal");
        }
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
