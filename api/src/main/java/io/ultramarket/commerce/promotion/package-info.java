/**
 * Promotions over HTTP: the merchandiser's management of promotions and coupons ({@code /promotions}) and
 * the evaluation of a basket against them ({@code POST /promotions/evaluations}, ADR 0066).
 */
package io.ultramarket.commerce.promotion;
