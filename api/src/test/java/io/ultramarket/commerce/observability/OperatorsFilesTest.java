package io.ultramarket.commerce.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How metric names are read out of PromQL: the reading the dashboard and alert checks rely on. */
class OperatorsFilesTest {

    @Test
    void functionsLabelsKeywordsDurationsAndNumbersAreNotMetrics() {
        assertThat(OperatorsFiles.metricsIn("sum(rate(http_server_requests_seconds_count{status=~\"5..\"}[5m])) "
                + "/ sum by (uri, status) (rate(http_server_requests_seconds_count[5m])) > 1e-9"))
                .containsExactly("http_server_requests_seconds_count");
        assertThat(OperatorsFiles.metricsIn("max by (processor) (min_over_time(commerce_processor_lag[10m])) > 500 "
                + "and on (processor) commerce_parked_items offset 5m"))
                .containsExactly("commerce_parked_items", "commerce_processor_lag");
    }

    @Test
    void theDashboardAndTheAlertRulesHaveExpressions() {
        assertThat(OperatorsFiles.dashboardExpressions()).hasSizeGreaterThan(10)
                .allSatisfy(expression -> assertThat(OperatorsFiles.metricsIn(expression)).isNotEmpty());
        assertThat(OperatorsFiles.alertExpressions()).hasSize(5)
                .allSatisfy(expression -> assertThat(OperatorsFiles.metricsIn(expression)).isNotEmpty());
    }
}
