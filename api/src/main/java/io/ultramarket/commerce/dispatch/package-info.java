/** The hand-over of HTTP requests to Axon's command bus, off Netty's event loop. */
package io.ultramarket.commerce.dispatch;
