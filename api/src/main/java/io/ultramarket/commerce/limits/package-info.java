/**
 * Bounds on what a request may carry, enforced at the edge before any work is done: amounts (digits and
 * decimals, so no exponent can make arithmetic explode and every total fits its columns), body size, URI
 * length and header block. Refusals are problem+json: 400, 413, 414, 431.
 */
package io.ultramarket.commerce.limits;
