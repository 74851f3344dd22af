package io.ultramarket.commerce.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.tracing.TracingProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Spans are recorded only where they can go (ADR 0060): without an exporter, none is, and Axon makes none (ADR 0079). */
class TracingConfigurationTest {

    @Test
    void withoutAnExporterNoSpanIsRecorded() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

        Sampler sampler = new TracingConfiguration().recordOnlyWithAnExporter(beans.getBeanProvider(SpanExporter.class),
                beans.getBeanProvider(TracingProperties.class));

        assertThat(sampler).isEqualTo(Sampler.alwaysOff());
    }

    @Test
    void withAnExporterTracesAreKeptAtTheConfiguredShareDecidedAtTheirRoot() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("exporter", InMemorySpanExporter.create());
        TracingProperties tracing = new TracingProperties();
        tracing.getSampling().setProbability(0.25f);
        beans.registerSingleton("tracing", tracing);

        Sampler sampler = new TracingConfiguration().recordOnlyWithAnExporter(beans.getBeanProvider(SpanExporter.class),
                beans.getBeanProvider(TracingProperties.class));

        assertThat(sampler.getDescription()).startsWith("ParentBased{root:TraceIdRatioBased{0.250000}");
    }

    @Test
    void axonMakesSpansOnlyWhereTheyAreRecorded() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        TracingConfiguration configuration = new TracingConfiguration();

        assertThat(configuration.axonSpanFactory(OpenTelemetry.noop(), beans.getBeanProvider(SpanExporter.class)))
                .isSameAs(NoOpSpanFactory.INSTANCE);
        beans.registerSingleton("exporter", InMemorySpanExporter.create());
        assertThat(configuration.axonSpanFactory(OpenTelemetry.noop(), beans.getBeanProvider(SpanExporter.class)))
                .isInstanceOf(OpenTelemetrySpanFactory.class);
    }
}
