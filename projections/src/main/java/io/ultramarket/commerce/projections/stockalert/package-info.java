/**
 * Low-stock alerts, the read model (ADR 0059): per stock item its own threshold and whether its events said it
 * is low. A projection of its own, not columns of the stock levels, so that an existing installation builds it
 * from event 0 at its first start. The staff emails are the notifications projection's.
 */
package io.ultramarket.commerce.projections.stockalert;
