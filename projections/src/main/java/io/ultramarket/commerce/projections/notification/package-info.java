/**
 * Customer emails, the projection half (ADR 0057): a projection on the generations engine that keeps its own
 * copy of customers' addresses and orders' customers, and writes one outbox row per (event, kind) to send.
 * The sender (api's {@code notification} package) reads the outbox.
 */
package io.ultramarket.commerce.projections.notification;
