/**
 * The auditors' HTTP API: an aggregate's full history with metadata and hashes, the global history paged or
 * as NDJSON, an aggregate's state at any past instant, and the verification of its hash chain (also on the
 * console's audit page).
 */
package io.ultramarket.commerce.audit;
