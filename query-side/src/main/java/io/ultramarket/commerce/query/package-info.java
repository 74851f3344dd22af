/**
 * Reactive reads: live streams from the event store ({@code live}); read models as they are built. It
 * depends on event-schemas only.
 */
package io.ultramarket.commerce.query;
