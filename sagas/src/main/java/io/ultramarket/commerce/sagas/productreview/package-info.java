/**
 * Product reviews' purchase process (ADR 0068): tells each customer's review of a product that an order of it
 * was delivered, from the orders' and the catalog's events, so the ProductReview aggregate decides alone
 * whether a customer may review. Not the fraud review of orders ({@code sagas.fraud}).
 */
package io.ultramarket.commerce.sagas.productreview;
