/** Shipping rates over HTTP. */
package io.ultramarket.commerce.shipping;
