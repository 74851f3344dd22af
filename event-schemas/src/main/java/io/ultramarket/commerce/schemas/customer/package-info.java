/**
 * The customer contract: who a customer is (the token's subject, with the email and name the issuer gave
 * when they were first seen) and their address book.
 */
package io.ultramarket.commerce.schemas.customer;
