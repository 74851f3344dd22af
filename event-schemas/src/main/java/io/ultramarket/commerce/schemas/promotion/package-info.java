/**
 * The promotions contract: a promotion's terms (what it takes off, on what, from when to when, how often),
 * its optional coupon code, the commands and events of the Promotion aggregate (management and redemptions),
 * and the pure {@link io.ultramarket.commerce.schemas.promotion.DiscountCalculator} that turns priced lines and
 * the promotions that apply into discounts shared out per line (ADR 0066).
 */
package io.ultramarket.commerce.schemas.promotion;
