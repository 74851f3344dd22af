/** Reactive reads of the read models. Empty until the read side is built; it depends on event-schemas only. */
package io.ultramarket.commerce.query;
