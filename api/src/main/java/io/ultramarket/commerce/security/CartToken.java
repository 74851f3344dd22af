package io.ultramarket.commerce.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A guest cart's capability: 256 random bits, handed out once in the {@value #HEADER} header when a guest
 * opens a cart, and presented in that header to read, change or check it out. The shop keeps no copy: the
 * cart's owner is the {@link #guestId() guest id}, a UUID made from the token's SHA-256, so a stolen
 * database or event stream names guests without opening their carts.
 *
 * <p>Guest ids are version-8 UUIDs (RFC 9562, "custom"), and a token subject that looks like one is never
 * taken as a customer id as it stands ({@link Caller#customerIdOf}), so no account can be its guest.
 */
public final class CartToken {

    public static final String HEADER = "Cart-Token";

    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private CartToken(String value) {
        this.value = value;
    }

    public static CartToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new CartToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token a header carries, if it has a token's form (43 characters of unpadded base64url). */
    public static Optional<CartToken> parse(String header) {
        return header != null && FORM.matcher(header).matches() ? Optional.of(new CartToken(header)) : Optional.empty();
    }

    public String value() {
        return value;
    }

    /** The owner of the cart this token opens: the first 128 bits of its SHA-256, as a version-8 UUID. */
    public UUID guestId() {
        ByteBuffer hash = ByteBuffer.wrap(sha256(value.getBytes(StandardCharsets.US_ASCII)));
        long most = (hash.getLong() & ~0xF000L) | 0x8000L;
        long least = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    static boolean isGuestId(UUID id) {
        return id.version() == 8 && id.variant() == 2;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        // A capability: never written to a log by accident.
        return "CartToken[...]";
    }
}
