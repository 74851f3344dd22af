/** Rows kept only for a while (idempotency keys, webhook deliveries), purged in small batches. */
package io.ultramarket.commerce.housekeeping;
