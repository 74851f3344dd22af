/**
 * Server-sent event streams of order events: one order's, and every order's for the back office (also over the
 * console's session).
 */
package io.ultramarket.commerce.live;
