package io.ultramarket.commerce.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A copy of every checkpoint outside the database, one JSON line each, appended: enough to check a store
 * whose checkpoint tables were tampered with too, and to ship elsewhere (a log collector, a WORM bucket).
 * The store's verification reads it back and holds the tables against it (ADR 0052).
 */
class CheckpointLog {

    private static final Logger log = LoggerFactory.getLogger(CheckpointLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    CheckpointLog(Path file) {
        this.file = file;
    }

    synchronized void append(Checkpoint checkpoint) {
        CheckpointStatement statement = checkpoint.statement();
        Base64.Encoder base64 = Base64.getEncoder();
        // Every value is a number, hex or base64, or an ISO instant: nothing needs escaping.
        String line = "{\"id\":" + statement.id()
                + ",\"takenAt\":\"" + statement.takenAt() + "\""
                + ",\"headPosition\":" + statement.headPosition()
                + ",\"headHash\":\"" + HexFormat.of().formatHex(statement.headHash()) + "\""
                + ",\"aggregates\":" + statement.aggregates().size()
                + ",\"statement\":\"" + base64.encodeToString(statement.bytes()) + "\""
                + ",\"signature\":\"" + base64.encodeToString(checkpoint.signature()) + "\""
                + ",\"publicKey\":\"" + base64.encodeToString(checkpoint.publicKey()) + "\"}\n";
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the checkpoint log " + file, e);
        }
    }

    /**
     * The checkpoints the log holds that {@code key} signed, in the order they were appended (none when there is
     * no log). A line that does not read or whose signature fails is passed over: a crash can cut the last line
     * short, and what the key did not sign proves nothing.
     */
    synchronized List<Checkpoint> signedBy(CheckpointKey key) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        int passedOver = 0;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Checkpoint checkpoint = read(line, key);
                if (checkpoint != null) {
                    checkpoints.add(checkpoint);
                } else if (!line.isBlank()) {
                    passedOver++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint log " + file, e);
        }
        if (passedOver > 0) {
            log.warn("{} line(s) of the checkpoint log {} do not hold a checkpoint signed by this key", passedOver, file);
        }
        return checkpoints;
    }

    private static Checkpoint read(String line, CheckpointKey key) {
        try {
            JsonNode node = JSON.readTree(line);
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] statement = base64.decode(node.path("statement").asText());
            byte[] signature = base64.decode(node.path("signature").asText());
            byte[] publicKey = base64.decode(node.path("publicKey").asText());
            if (!key.isPublicKey(publicKey) || !key.verifies(statement, signature)) {
                return null;
            }
            return new Checkpoint(CheckpointStatement.parse(statement), publicKey, signature);
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }
}
