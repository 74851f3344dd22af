package io.ultramarket.commerce.observability;

import io.ultramarket.commerce.ApiIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric the Grafana dashboard and the alert rules read is one the app serves on
 * {@code /actuator/prometheus} (ADR 0060): a renamed or removed metric fails here, not on an operator's screen.
 * A checkout first, so that the HTTP timers have been recorded.
 */
@ApiIntegrationTest
class ObservabilityMetricsIT {

    // The gauges read the database on a thread of their own, first right after the start.
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @Autowired
    WebTestClient http;

    @Test
    void everyMetricOfTheDashboardAndTheAlertRulesIsServed() {
        OneCheckout.of(http, "METRICS");

        Set<String> used = new TreeSet<>();
        OperatorsFiles.dashboardExpressions().forEach(expression -> used.addAll(OperatorsFiles.metricsIn(expression)));
        OperatorsFiles.alertExpressions().forEach(expression -> used.addAll(OperatorsFiles.metricsIn(expression)));
        assertThat(used).contains("commerce_processor_lag", "commerce_parked_items", "commerce_saga_instances",
                "commerce_checkout_funnel_total", "commerce_payments_total", "commerce_shipments_total");

        Awaitility.await("the metrics of the dashboard and the alert rules").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(missingFrom(served(), used))
                        .as("metrics used by the dashboard or the alert rules but not served").isEmpty());
    }

    /**
     * Axon's capacity gauges keep every message for ten minutes; the app leaves them out (ADR 0092). The event store,
     * which the app builds again with its own cache of recent events (ADR 0104), keeps the monitor Axon gives it.
     */
    @Test
    void axonsComponentsAreTimedWithoutCapacityGauges() {
        OneCheckout.of(http, "NOCAPACITY");

        Set<String> served = served();
        assertThat(served).contains("commandBus_allTimer_seconds_sum", "CheckoutSagaProcessor_allTimer_seconds_sum",
                        "eventStore_allTimer_seconds_sum")
                .noneMatch(name -> name.endsWith("_capacity"));
    }

    /** The names of the samples {@code /actuator/prometheus} serves (as admin: the endpoint is staff's). */
    private Set<String> served() {
        String exposition = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> missingFrom(Set<String> served, Set<String> used) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(served);
        return missing;
    }
}
