/**
 * The checkout saga's own poison isolation: an order whose events keep failing in the saga is parked, with
 * its later events queued, while every other order goes on; operators retry or evict parked orders.
 */
package io.ultramarket.commerce.sagas.parking;
