/**
 * Taxes by zone (ADR 0065): the rates per country or region with their validity dates, and which tax category a
 * product is in, resolved here so that a checkout's command carries them; the cart computes the tax.
 */
package io.ultramarket.commerce.tax;
