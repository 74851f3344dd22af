package io.ultramarket.commerce.checkpoint;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The statement a text of {@link #bytes()} states: how a copy kept outside the database (the log file) is read
     * back. Anything else is refused: a statement is only believed once its signature is checked over these bytes.
     */
    public static CheckpointStatement parse(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length < 5 || !lines[0].equals("commerce-chain-checkpoint 1")) {
            throw new IllegalArgumentException("not a chain checkpoint statement");
        }
        String[] head = field(lines[3], "head", 2);
        List<AggregateHead> aggregates = new ArrayList<>();
        for (int line = 5; line < lines.length; line++) {
            String[] aggregate = field(lines[line], "aggregate", 5);
            aggregates.add(new AggregateHead(decode(aggregate[1]), decode(aggregate[0]), Long.parseLong(aggregate[2]),
                    Long.parseLong(aggregate[3]), unhex(aggregate[4])));
        }
        return new CheckpointStatement(Long.parseLong(field(lines[1], "id", 1)[0]), field(lines[2], "taken-at", 1)[0],
                Long.parseLong(head[0]), unhex(head[1]), unhex(field(lines[4], "previous", 1)[0]), aggregates);
    }

    private static String[] field(String line, String name, int values) {
        String[] parts = line.split(" ");
        if (parts.length != values + 1 || !parts[0].equals(name)) {
            throw new IllegalArgumentException("expected '" + name + "' with " + values + " value(s), found: " + line);
        }
        return Arrays.copyOfRange(parts, 1, parts.length);
    }

    private static byte[] unhex(String text) {
        return text.equals("-") ? null : HEX.parseHex(text);
    }

    private static String decode(String text) {
        return text.equals("-") ? null : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "-" : HEX.formatHex(bytes);
    }

    private static String encode(String text) {
        return text == null ? "-" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
