/**
 * Reading the values that every read model stores the same way: money (NUMERIC(19,4) plus a CHAR(3)
 * currency) back into {@code Money}, jsonb back into records, timestamps into instants.
 */
package io.ultramarket.commerce.query.columns;
