/**
 * The write model: one event-sourced aggregate per feature package. Aggregates decide and emit events;
 * they never read a read model. The two exception roots here tell the HTTP layer how to answer a refusal.
 */
package io.ultramarket.commerce.command;
