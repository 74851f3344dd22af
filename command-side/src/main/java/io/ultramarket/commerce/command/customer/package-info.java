/** The Customer aggregate: a customer record made on first sight of a token's subject, and its address book. */
package io.ultramarket.commerce.command.customer;
