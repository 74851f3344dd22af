/**
 * Sealed snapshots: a snapshot is trusted only when its HMAC seal, keyed outside the database, matches its
 * row and the chain hash of the event it summarises (ADR 0044).
 */
package io.ultramarket.commerce.snapshot;
