/** Calling the payment provider and the carriers: bounded, retried, off the event loop. */
package io.ultramarket.commerce.sagas.remote;
