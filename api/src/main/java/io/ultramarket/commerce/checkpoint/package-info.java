/**
 * Signed chain checkpoints: the store's head and changed aggregates' heads, signed with an Ed25519 key kept
 * outside the database, and the verification of the whole store against them (ADR 0045).
 */
package io.ultramarket.commerce.checkpoint;
