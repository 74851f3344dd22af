package io.ultramarket.commerce.query.audit;

import io.ultramarket.commerce.query.eventstore.StoredEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash of an event as the database computes it on insert (V3__event_hash_chain.sql, function
 * {@code event_chain_hash}): SHA-256 over the previous event's hash, then each column as a 4-byte big-endian
 * length and its bytes (text in UTF-8; length -1 for NULL), with the sequence number as 8 bytes big-endian.
 * Both sides must change together, so this class mirrors the SQL line by line.
 */
public final class EventHashChain {

    /** The "previous hash" of an aggregate's first event. */
    public static final byte[] START = new byte[0];

    private static final int NULL_LENGTH = -1;

    private EventHashChain() {
    }

    public static byte[] hashOf(byte[] previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        field(sha256, text(event.eventId()));
        field(sha256, text(event.aggregateId()));
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(event.sequenceNumber()).array());
        field(sha256, text(event.aggregateType()));
        field(sha256, text(event.timestamp()));
        field(sha256, text(event.payloadType()));
        field(sha256, text(event.revision()));
        field(sha256, event.payload());
        field(sha256, event.metadata());
        return sha256.digest();
    }

    private static void field(MessageDigest sha256, byte[] value) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? NULL_LENGTH : value.length).array());
        if (value != null) {
            sha256.update(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
