/**
 * The product reviews contract (ADR 0068): a customer's rating and words about a product they received, and
 * staff's moderation of them. Not the fraud review of orders ({@code order.ReviewOrder}): these are the
 * shoppers' reviews shown on the product.
 */
package io.ultramarket.commerce.schemas.productreview;
