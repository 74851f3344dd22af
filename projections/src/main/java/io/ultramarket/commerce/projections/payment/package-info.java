/** The payments read model: each payment's status and amounts, found by the order it pays for. */
package io.ultramarket.commerce.projections.payment;
