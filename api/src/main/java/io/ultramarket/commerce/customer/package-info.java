/** Customers over HTTP: {@code GET /customers/me} and the address book, the record made on first use (ADR 0035). */
package io.ultramarket.commerce.customer;
