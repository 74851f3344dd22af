package io.ultramarket.commerce.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.tracing.TracingProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One OpenTelemetry SDK for the whole app: Spring Boot's, which Micrometer's observations (HTTP, WebClient)
 * already use. Axon's own wiring would take {@code GlobalOpenTelemetry}, a second, unconfigured instance
 * whose spans would go nowhere; here its span factory is given Boot's tracer and propagators instead.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    static final String AXON_INSTRUMENTATION = "AxonFramework-OpenTelemetry";

    /**
     * Axon's spans (a command's dispatch and handling, every processor's work on every event) only where spans
     * are recorded (see the sampler below). Without an exporter they were non-recording ones whose creation alone
     * took 3 to 10 % of a command's or a replay's CPU; Axon's own {@code traceId} and {@code correlationId} in
     * every message's metadata still tie an event to the request that caused it, and the request's trace id is
     * still in its log lines. With an exporter, events carry {@code traceparent} and processors join its trace.
     */
    @Bean
    SpanFactory axonSpanFactory(OpenTelemetry openTelemetry, ObjectProvider<SpanExporter> exporters) {
        // The context's storage is found by a ServiceLoader reading the jars on its first use: here, at start, and
        // not on a Netty thread with the first request's observation (Axon's span factory used to do it).
        Context.current();
        if (exporters.stream().findAny().isEmpty()) {
            return NoOpSpanFactory.INSTANCE;
        }
        return OpenTelemetrySpanFactory.builder()
                .tracer(openTelemetry.getTracer(AXON_INSTRUMENTATION))
                .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                .build();
    }

    /**
     * Spans are recorded only when there is somewhere to send them: an OTLP endpoint (Boot then makes its
     * exporter) or another {@link SpanExporter} bean. Otherwise every span is a non-recording one: trace and
     * span ids still flow (into the logs and the events' metadata), but nothing is buffered or exported
     * (ADR 0029: the app calls no address its configuration does not name). With an exporter, a trace is
     * kept with {@code management.tracing.sampling.probability} (1.0 here), decided once at its root.
     */
    @Bean
    Sampler recordOnlyWithAnExporter(ObjectProvider<SpanExporter> exporters, ObjectProvider<TracingProperties> tracing) {
        if (exporters.stream().findAny().isEmpty()) {
            return Sampler.alwaysOff();
        }
        // Boot binds its tracing properties only while tracing is on (tests switch it off by default).
        double probability = tracing.getIfAvailable(TracingProperties::new).getSampling().getProbability();
        return Sampler.parentBased(Sampler.traceIdRatioBased(probability));
    }
}
