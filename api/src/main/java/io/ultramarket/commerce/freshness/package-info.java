/** Read-your-writes: bounded waits for a read model to reach a client's event-store position. */
package io.ultramarket.commerce.freshness;
