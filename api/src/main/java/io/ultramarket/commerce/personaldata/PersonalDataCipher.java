package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ultramarket.commerce.schemas.common.PersonalData;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals one JSON value into an envelope {@code {"enc":"v1","kid":...,"ct":...}} and opens it again: AES-256-GCM
 * (the JDK's JCA), a random 12-byte nonce before the ciphertext and its tag, the kid as associated data so that
 * an envelope cannot be passed off under another key. The sealed plaintext is the value's JSON text, so a string
 * comes back a string and an object an object. An envelope whose key was destroyed opens as
 * {@value PersonalData#ERASED}.
 *
 * <p>Keys are cached for {@code keyCacheTtl}: this instance drops a destroyed key at once ({@link #forget}), other
 * instances when their copy expires (ADR 0069).
 */
class PersonalDataCipher {

    static final String VERSION = "v1";
    static final String ENC = "enc";
    static final String KID = "kid";
    static final String CT = "ct";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(TRANSFORMATION + " is not available in this JVM", missing);
        }
    });

    private final PersonalDataKeys keys;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();
    private final Cache<UUID, PersonalDataKeys.SubjectKey> currentKeys;
    private final Cache<UUID, Optional<byte[]>> keysById;

    PersonalDataCipher(PersonalDataKeys keys, ObjectMapper json, Duration keyCacheTtl) {
        this.keys = keys;
        this.json = json;
        this.currentKeys = Caffeine.newBuilder().expireAfterWrite(keyCacheTtl).maximumSize(100_000).build();
        this.keysById = Caffeine.newBuilder().expireAfterWrite(keyCacheTtl).maximumSize(100_000).build();
    }

    /** The envelope of {@code value} under the subject's key (made now when it has none). */
    ObjectNode seal(UUID subject, JsonNode value) {
        PersonalDataKeys.SubjectKey key = currentKeys.getIfPresent(subject);
        if (key == null) {
            key = keys.current(subject);
            remember(subject, key);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key.key(), nonce, key.kid());
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(value));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            ObjectNode envelope = json.createObjectNode();
            envelope.put(ENC, VERSION);
            envelope.put(KID, key.kid().toString());
            envelope.put(CT, Base64.getEncoder().encodeToString(stored));
            return envelope;
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("could not encrypt a personal field", e);
        }
    }

    /** Whether {@code node} is an envelope this cipher made. */
    static boolean isEnvelope(JsonNode node) {
        return node != null && node.isObject() && VERSION.equals(node.path(ENC).asText(null))
                && node.hasNonNull(KID) && node.hasNonNull(CT);
    }

    /** The value sealed in {@code envelope}, or {@value PersonalData#ERASED} when its key was destroyed. */
    JsonNode open(JsonNode envelope) {
        UUID kid = UUID.fromString(envelope.get(KID).asText());
        Optional<byte[]> key = keysById.get(kid, keys::key);
        if (key.isEmpty()) {
            return TextNode.valueOf(PersonalData.ERASED);
        }
        byte[] stored = Base64.getDecoder().decode(envelope.get(CT).asText());
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key.get(), Arrays.copyOf(stored, NONCE_BYTES), kid);
            return json.readTree(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES));
        } catch (GeneralSecurityException | IOException e) {
            // A stored envelope that does not open under its own key was changed: the chain shows where.
            throw new IllegalStateException("a personal field under key " + kid + " does not decrypt", e);
        }
    }

    /** Drops this instance's copies of keys just destroyed, and of the subjects' current keys. */
    void forget(Collection<UUID> subjects, Collection<UUID> kids) {
        currentKeys.invalidateAll(subjects);
        keysById.invalidateAll(kids);
    }

    /**
     * Caches a subject's key once the transaction that may have made it committed: a key made in a transaction
     * that rolls back never existed, and envelopes naming it would read as erased.
     */
    private void remember(UUID subject, PersonalDataKeys.SubjectKey key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            currentKeys.put(subject, key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                currentKeys.put(subject, key);
            }
        });
    }

    /**
     * This thread's cipher, initialised afresh for each use: looking a cipher up in the providers at each field was a
     * third of the cost of opening one, which every processor does for every event's metadata. Each encryption has a
     * nonce of its own, so a reused cipher never repeats one.
     */
    private static Cipher cipher(int mode, byte[] key, byte[] nonce, UUID kid) throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(kid.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
