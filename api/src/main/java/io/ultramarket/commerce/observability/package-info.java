/**
 * Traces and the operators' metrics (ADR 0060): Axon's spans on Spring Boot's OpenTelemetry SDK, the sampler
 * that records only where spans can go, the trace context carried onto the command workers, and the gauges
 * and counters the Grafana dashboard and the alert rules in {@code deploy/observability/} read.
 */
package io.ultramarket.commerce.observability;
