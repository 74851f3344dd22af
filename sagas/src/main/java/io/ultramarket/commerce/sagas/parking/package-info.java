/**
 * The checkout's poison isolation: an order whose events keep failing in the saga is parked, with its later
 * events queued, while every other order goes on; operators retry or evict parked orders. The payment and
 * shipping relays park what is refused for good in Axon's dead-letter queues instead, and retry outages
 * ({@link io.ultramarket.commerce.sagas.parking.RelayEnqueuePolicy}, ADR 0049).
 */
package io.ultramarket.commerce.sagas.parking;
