package io.ultramarket.commerce.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A copy of every checkpoint outside the database, one JSON line each, appended: enough to check a store
 * whose checkpoint tables were tampered with too, and to ship elsewhere (a log collector, a WORM bucket).
 */
class CheckpointLog {

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
}
