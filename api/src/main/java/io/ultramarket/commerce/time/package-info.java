/** Time, from one injected {@link java.time.Clock}. */
package io.ultramarket.commerce.time;
