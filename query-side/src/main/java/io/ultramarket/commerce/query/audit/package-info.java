/**
 * The auditors' read of the event store itself: the history of one aggregate, the global history paged or
 * streamed by position, and the verification of each aggregate's hash chain (ADR 0010). Non-blocking
 * (R2DBC) end to end; nothing here writes.
 */
package io.ultramarket.commerce.query.audit;
