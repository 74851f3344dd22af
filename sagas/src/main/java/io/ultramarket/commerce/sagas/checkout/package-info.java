/** The checkout process: from a checked-out cart to an order (and, later, to payment and shipment). */
package io.ultramarket.commerce.sagas.checkout;
