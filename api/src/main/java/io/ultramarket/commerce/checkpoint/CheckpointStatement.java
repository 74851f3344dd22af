package io.ultramarket.commerce.checkpoint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * What a checkpoint signs: its number, when it was taken, the store's head (position and chain hash of the
 * newest settled event), the previous checkpoint's signature (so that none can be left out unseen), and the
 * heads of the aggregates changed since that one. The text is canonical (one line per fact, aggregates sorted
 * by id, ids URL-encoded, hashes in hex), so that anyone holding the public key can rebuild and check it from
 * the rows alone.
 */
public record CheckpointStatement(long id, String takenAt, long headPosition, byte[] headHash, byte[] previousSignature,
                                  List<AggregateHead> aggregates) {

    private static final HexFormat HEX = HexFormat.of();

    public byte[] bytes() {
        StringBuilder text = new StringBuilder("commerce-chain-checkpoint 1\n")
                .append("id ").append(id).append('\n')
                .append("taken-at ").append(takenAt).append('\n')
                .append("head ").append(headPosition).append(' ').append(hex(headHash)).append('\n')
                .append("previous ").append(hex(previousSignature)).append('\n');
        aggregates.stream().sorted(Comparator.comparing(AggregateHead::aggregateId)).forEach(head -> text
                .append("aggregate ").append(encode(head.aggregateType())).append(' ').append(encode(head.aggregateId()))
                .append(' ').append(head.sequenceNumber()).append(' ').append(head.position())
                .append(' ').append(hex(head.hash())).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "-" : HEX.formatHex(bytes);
    }

    private static String encode(String text) {
        return text == null ? "-" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
