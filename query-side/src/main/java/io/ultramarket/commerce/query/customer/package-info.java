/** Non-blocking reads of customer records and their address books. */
package io.ultramarket.commerce.query.customer;
