/** Idempotency-Key support: a repeated request takes effect once, a reused key with another body is refused. */
package io.ultramarket.commerce.idempotency;
