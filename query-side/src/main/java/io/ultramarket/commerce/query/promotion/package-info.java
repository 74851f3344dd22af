/** Reads the promotions read model: one promotion with its uses left, the list, and those a basket is weighed against. */
package io.ultramarket.commerce.query.promotion;
