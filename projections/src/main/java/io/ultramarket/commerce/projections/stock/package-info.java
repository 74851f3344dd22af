/** The stock levels read model: on hand, reserved and available per SKU and warehouse. */
package io.ultramarket.commerce.projections.stock;
