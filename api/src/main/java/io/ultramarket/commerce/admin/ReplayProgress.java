package io.ultramarket.commerce.admin;

/**
 * A sample of a rebuild's progress, as streamed by {@code GET /admin/projections/{name}/stream}: events
 * applied (the generation's position), events in the store (the head), the rate since the previous sample
 * and the estimated seconds left at that rate.
 */
record ReplayProgress(String projection, int generation, String state, long eventsDone, long eventsTotal,
                      double eventsPerSecond, Double etaSeconds) {
}
