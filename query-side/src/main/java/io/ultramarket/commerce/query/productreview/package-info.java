/** Reads the product reviews read model (ADR 0068): a product's approved reviews, and staff's moderation queue. */
package io.ultramarket.commerce.query.productreview;
