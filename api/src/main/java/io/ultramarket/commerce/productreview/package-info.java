/**
 * Product reviews over HTTP (ADR 0068): a customer reviews a product they received, shoppers read the approved
 * reviews, staff moderate the queue. Not the fraud review of orders ({@code POST /orders/{id}/review}).
 */
package io.ultramarket.commerce.productreview;
