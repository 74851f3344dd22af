/** The shop's prices as commands need them: the price-resolution port and its catalog adapter (ADR 0033). */
package io.ultramarket.commerce.pricing;
