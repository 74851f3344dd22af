/**
 * What an order costs and why (ADR 0065): the destination it is priced for, the tax rates and shipping quote the
 * API resolved, and the breakdown the cart computes from them (lines, discounts, shipping, each tax, total), with
 * the one rounding rule.
 */
package io.ultramarket.commerce.schemas.totals;
