/** Who a request comes from on the network: the connection's address, or the client behind trusted proxies. */
package io.ultramarket.commerce.web.client;
