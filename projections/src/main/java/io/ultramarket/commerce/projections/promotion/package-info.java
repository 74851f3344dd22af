/** The promotions read model: every promotion with its terms, whether it is active and how many uses are taken. */
package io.ultramarket.commerce.projections.promotion;
