package io.ultramarket.commerce.observability;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.ultramarket.commerce.DevelopmentTokens;
import io.ultramarket.commerce.servers.RealServers;
import io.ultramarket.commerce.servers.SmtpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One checkout is one trace (ADR 0060): the HTTP request, the command and its events, the checkout saga's steps,
 * the payment relay's calls, the projections' writers (the generations engine's, named after their processor) and
 * the sender of the order's confirmation email all carry the request's trace id. A context of its own
 * with tracing on (tests switch it off by default) and the SDK's in-memory exporter as the only exporter, so
 * that the app records spans as it would with an OTLP endpoint.
 */
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.embedded-postgres.data-directory=target/it-postgres-tracing",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.chain-checkpoints.log-file=target/it-keys/chain-checkpoints-${random.uuid}.log",
        "commerce.notifications.send-every=PT0.5S"
})
@AutoConfigureWebTestClient(timeout = "PT30S")
@AutoConfigureObservability
@Import({DevelopmentTokens.class, TracingIT.Spans.class})
class TracingIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TestConfiguration(proxyBeanMethods = false)
    static class Spans {
        @Bean
        InMemorySpanExporter inMemorySpans() {
            return InMemorySpanExporter.create();
        }
    }

    /** The run's SMTP server, so that the order's confirmation is emailed: the sender's span joins the trace too. */
    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add(SmtpServer.HOST_PROPERTY, () -> RealServers.smtp().springProperties().get(SmtpServer.HOST_PROPERTY));
        registry.add(SmtpServer.PORT_PROPERTY, () -> RealServers.smtp().port());
    }

    @Autowired
    WebTestClient http;
    @Autowired
    InMemorySpanExporter spans;

    @Test
    void oneCheckoutIsOneTraceFromTheRequestThroughTheSagaToTheProjections() {
        OneCheckout.of(http, "TRACE");

        SpanData request = await("the checkout request's span", all -> all.stream()
                .anyMatch(span -> span.getKind() == SpanKind.SERVER && span.getName().contains("checkout")))
                .stream().filter(span -> span.getKind() == SpanKind.SERVER && span.getName().contains("checkout"))
                .findFirst().orElseThrow();
        String traceId = request.getTraceId();

        List<SpanData> trace = await("the saga, the payment relay, the projections and the email in the checkout's trace",
                all -> {
                    List<String> ofCheckout = names(inTrace(all, traceId));
                    return ofCheckout.contains("SagaManager.invokeSaga(CheckoutSaga)(PaymentCaptured)")
                            && ofCheckout.contains("PaymentProviderRelay.on(PaymentRequested)")
                            && ofCheckout.stream().anyMatch(name -> name.startsWith("OutboxSender.send ORDER_CONFIRMED"))
                            && ofCheckout.stream().anyMatch(name -> name.matches("orders-g\\d+\\.handle\\(OrderConfirmed\\)"))
                            && ofCheckout.stream().anyMatch(name -> name.matches("carts-g\\d+\\.handle\\(CartCheckedOut\\)"));
                });
        List<String> ofCheckout = names(inTrace(trace, traceId));
        assertThat(ofCheckout).as("the checkout's trace: the command, its event, the saga's steps, the order's")
                .contains("CommandBus.handleCommand(CheckOutCart)", "EventBus.publishEvent(CartCheckedOut)",
                        "SagaManager.invokeSaga(CheckoutSaga)(CartCheckedOut)", "CommandBus.handleCommand(PlaceOrder)",
                        "CommandBus.handleCommand(ReserveAvailableStock)", "SagaManager.invokeSaga(CheckoutSaga)(PaymentAuthorized)",
                        "CommandBus.handleCommand(ConfirmOrder)", "PaymentProviderRelay.on(PaymentCaptureRequested)");
        // The saga's steps did not start traces of their own. Only what a carrier reports later comes in requests of
        // the carrier's (webhooks), with traces of their own, as any request from outside.
        assertThat(trace.stream().filter(span -> span.getName().startsWith("SagaManager.invokeSaga(CheckoutSaga)")
                        && !span.getTraceId().equals(traceId)).map(SpanData::getName))
                .as("saga steps outside the checkout's trace")
                .allMatch(name -> name.endsWith("(OrderShipped)") || name.endsWith("(OrderDelivered)"));
    }

    /** The finished spans once they satisfy {@code done}; waits up to two minutes, then fails listing them by trace. */
    private List<SpanData> await(String what, Predicate<List<SpanData>> done) {
        Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<SpanData> finished = spans.getFinishedSpanItems();
            assertThat(done.test(finished)).as("%s; spans so far: %s", what, byTrace(finished)).isTrue();
        });
        return spans.getFinishedSpanItems();
    }

    private static List<SpanData> inTrace(List<SpanData> all, String traceId) {
        return all.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private static List<String> names(List<SpanData> spans) {
        return spans.stream().map(SpanData::getName).toList();
    }

    private static Map<String, List<String>> byTrace(List<SpanData> spans) {
        return spans.stream().collect(Collectors.groupingBy(SpanData::getTraceId,
                Collectors.mapping(SpanData::getName, Collectors.toList())));
    }
}
