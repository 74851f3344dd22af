/** The carrier port used by checkout and shipping, and the carriers behind it. */
package io.ultramarket.commerce.sagas.shipping;
