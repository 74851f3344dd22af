/**
 * Integration events: every domain event published to Kafka, a topic per aggregate type, keyed by the
 * aggregate id, at least once, with the event id in the headers so consumers can drop repeats.
 */
package io.ultramarket.commerce.projections.integration;
