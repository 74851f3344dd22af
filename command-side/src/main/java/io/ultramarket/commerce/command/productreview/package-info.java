/**
 * The ProductReview aggregate (ADR 0068): one customer's review of one product, possible once a delivered order
 * brought them the product, moderated by staff. Not the fraud review of orders, which is the order's.
 */
package io.ultramarket.commerce.command.productreview;
