/**
 * The Promotion aggregate: a promotion's terms and whether it is active, and the orders that use it, so that
 * its usage limits in total and per customer hold exactly however many orders try at once (ADR 0066).
 */
package io.ultramarket.commerce.command.promotion;
