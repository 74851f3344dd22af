package io.ultramarket.commerce.checkpoint;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Signed chain checkpoints ({@code commerce.chain-checkpoints.*}, ADR 0045).
 *
 * @param keyFile the Ed25519 key pair that signs them, outside the database; created at the first start when missing
 * @param logFile every checkpoint is also appended here, one JSON line each, for a copy outside the database
 * @param every   how long after one checkpoint the next is taken
 * @param settle  events younger than this are left to the next checkpoint: a transaction still open may yet
 *                commit an event at a lower position, and a checkpoint must not pass over it
 */
@ConfigurationProperties("commerce.chain-checkpoints")
public record ChainCheckpointProperties(Path keyFile, Path logFile, Duration every, Duration settle) {

    public ChainCheckpointProperties {
        keyFile = keyFile != null ? keyFile : Path.of("data", "chain-checkpoints.key");
        logFile = logFile != null ? logFile : Path.of("data", "chain-checkpoints.log");
        every = every != null ? every : Duration.ofMinutes(5);
        settle = settle != null ? settle : Duration.ofSeconds(30);
        if (every.isNegative() || every.isZero() || settle.isNegative()) {
            throw new IllegalArgumentException("commerce.chain-checkpoints.every must be positive and settle not negative");
        }
    }
}
