/** The rule-based fraud screen the checkout runs before it asks for payment. */
package io.ultramarket.commerce.sagas.fraud;
