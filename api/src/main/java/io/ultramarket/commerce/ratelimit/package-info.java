/**
 * Abuse limits: requests per principal (the token's subject) and per client address, in two classes
 * (expensive operations get a smaller allowance), from Bucket4j token buckets; caps on concurrent event
 * streams. Past a limit: 429 problem+json with Retry-After (ADR 0032).
 */
package io.ultramarket.commerce.ratelimit;
