package io.ultramarket.commerce.checkpoint;

/** A stored checkpoint: what was signed, by which key, and the signature. */
public record Checkpoint(CheckpointStatement statement, byte[] publicKey, byte[] signature) {
}
