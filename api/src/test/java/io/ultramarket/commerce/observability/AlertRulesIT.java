package io.ultramarket.commerce.observability;

import io.ultramarket.commerce.servers.Promtool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules load in Prometheus: {@code promtool check rules}, Debian's, installed as the harness installs
 * ClickHouse (as root when missing; otherwise the test fails and names the command). An IT because it runs a
 * program of the machine's.
 */
class AlertRulesIT {

    @Test
    void promtoolAcceptsTheAlertRules() {
        assertThat(Promtool.checkRules(OperatorsFiles.ALERT_RULES)).contains("SUCCESS: 5 rules found");
    }
}
