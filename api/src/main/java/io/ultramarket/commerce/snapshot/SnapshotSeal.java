package io.ultramarket.commerce.snapshot;

import io.ultramarket.commerce.keys.OwnerOnlyFile;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The seal of a stored snapshot: HMAC-SHA256, with a key from a file outside the database, over the
 * snapshot's row as stored and the chain hash of the event it was taken at. Whoever can write the snapshot
 * table but not read the key cannot make a snapshot the app will trust, nor move a genuine one onto another
 * aggregate, sequence or history. Fields are length-prefixed like the hash chain's (ADR 0010), so that no two
 * different rows encode alike.
 */
final class SnapshotSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    private SnapshotSeal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    static SnapshotSeal withKeyFrom(Path file) {
        byte[] stored = OwnerOnlyFile.readOrCreate(file, () -> {
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encode(key);
        });
        byte[] key = Base64.getDecoder().decode(new String(stored, StandardCharsets.US_ASCII).strip());
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException("the snapshot seal key in " + file + " is shorter than " + KEY_BYTES + " bytes");
        }
        SnapshotSeal seal = new SnapshotSeal(key);
        seal.of(new StoredSnapshot("", 0, "", "", null, new byte[0], null, new byte[0], null)); // loads the provider now
        return seal;
    }

    byte[] of(StoredSnapshot snapshot) {
        Mac mac = mac();
        field(mac, text(snapshot.aggregateId()));
        mac.update(ByteBuffer.allocate(Long.BYTES).putLong(snapshot.sequenceNumber()).array());
        field(mac, snapshot.eventHash());
        field(mac, text(snapshot.type()));
        field(mac, text(snapshot.payloadType()));
        field(mac, text(snapshot.payloadRevision()));
        field(mac, snapshot.payload());
        field(mac, snapshot.metadata());
        return mac.doFinal();
    }

    /** Whether the snapshot carries a seal, the event it covers is stored, and the seal is this key's for both. */
    boolean matches(StoredSnapshot snapshot) {
        return snapshot.seal() != null && snapshot.eventHash() != null
                && MessageDigest.isEqual(of(snapshot), snapshot.seal());
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    private static void field(Mac mac, byte[] value) {
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            mac.update(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
