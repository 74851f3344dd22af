package io.ultramarket.commerce.snapshot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the key that seals snapshots lives ({@code commerce.snapshots.seal-key-file}): a file outside the
 * database, created with a new random key at the first start when it is missing (ADR 0044).
 *
 * @param sealKeyFile 32 random bytes, base64; default {@code data/snapshot-seal.key}
 */
@ConfigurationProperties("commerce.snapshots")
public record SnapshotProperties(Path sealKeyFile) {

    public SnapshotProperties {
        if (sealKeyFile == null) {
            sealKeyFile = Path.of("data", "snapshot-seal.key");
        }
    }
}
