/** The payment provider port used by the checkout process, and its adapters. */
package io.ultramarket.commerce.sagas.payment;
