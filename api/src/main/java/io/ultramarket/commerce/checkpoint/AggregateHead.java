package io.ultramarket.commerce.checkpoint;

/** The newest event of one aggregate at a checkpoint: its place in the aggregate and the store, and its chain hash. */
public record AggregateHead(String aggregateId, String aggregateType, long sequenceNumber, long position, byte[] hash) {
}
