/**
 * How domain values become read-model columns, shared by every read model: money as NUMERIC(19,4) plus a
 * CHAR(3) currency, order lines and other structures as jsonb, and rows versioned by their aggregate's
 * sequence number.
 */
package io.ultramarket.commerce.projections.columns;
