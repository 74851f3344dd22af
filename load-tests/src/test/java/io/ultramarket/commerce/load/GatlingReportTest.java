package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GatlingReportTest {

    /** The statistics table of a real report: a 2-client checkout run of Gatling 3.15.1. */
    static String checkoutReport() throws IOException {
        try (InputStream html = GatlingReportTest.class.getResourceAsStream("/gatling-report/index.html")) {
            return new String(html.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEachRequestNameWithItsCountsAndPercentiles() throws IOException {
        GatlingReport report = GatlingReport.parse(checkoutReport());

        assertThat(report.requests().keySet())
                .containsExactly("All Requests", "sign in", "warm-up request", "request", "order status");
        GatlingReport.RequestStats requests = report.request("request");
        assertThat(requests.ok()).isEqualTo(52);
        assertThat(requests.ko()).isZero();
        assertThat(requests.p50()).hasValue(259);
        assertThat(requests.p95()).hasValue(530);
        assertThat(requests.p99()).hasValue(614);
    }

    @Test
    void aRowWithoutPercentilesHasNone() {
        String row = "<tr><td><span class=\"ellipsed-name\">add &amp; check</span></td>"
                + "<td class=\"value total col-2\">3</td><td class=\"value ok col-3\">0</td>"
                + "<td class=\"value ko col-4\">3</td><td class=\"value total col-8\">-</td>"
                + "<td class=\"value total col-10\">-</td><td class=\"value total col-11\">-</td></tr>";

        GatlingReport.RequestStats failed = GatlingReport.parse(row).request("add & check");

        assertThat(failed.ok()).isZero();
        assertThat(failed.ko()).isEqualTo(3);
        assertThat(failed.p95()).isEqualTo(OptionalDouble.empty());
    }

    @Test
    void aRequestTheRunDidNotSendIsNamedInTheError() throws IOException {
        GatlingReport report = GatlingReport.parse(checkoutReport());

        assertThatIllegalArgumentException().isThrownBy(() -> report.request("add-item"))
                .withMessageContaining("no request named 'add-item'");
    }

    @Test
    void aPageWithoutTheTableIsNotAReport() {
        assertThatIllegalArgumentException().isThrownBy(() -> GatlingReport.parse("<html></html>"));
    }
}
