/**
 * Axon's event table ({@code domain_event_entry}, created by V1__axon_event_store.sql, hashed since V3) read
 * over R2DBC, for the features that read the store itself: the audit and the live streams. One reader, so one
 * place knows the table's columns.
 */
package io.ultramarket.commerce.query.eventstore;
