/**
 * The product reviews read model (ADR 0068): every submitted review with its moderation, and per product the
 * count and sum of the approved ratings. Not the fraud review of orders, which the orders read model shows.
 */
package io.ultramarket.commerce.projections.productreview;
