package io.ultramarket.commerce.merchantwebhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a webhook URL's text must be before its host is even looked up. */
class WebhookUrlTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "http://merchant.example/hooks, only https URLs may receive webhooks",
            "ftp://merchant.example/hooks, only https URLs may receive webhooks",
            "/hooks, only https URLs may receive webhooks",
            "https:///hooks, the URL has no host",
            "https://user:pass@merchant.example/hooks, the URL must not hold credentials",
            "https://merchant.example/hooks#part, the URL must not have a fragment",
            "'https://merchant.example/a b', not a URL: Illegal character in path",
            "' ', a URL is required"
    })
    void whatIsNoWebhookUrl(String text, String problem) {
        assertThat(WebhookUrl.problemOf(text)).hasValue(problem);
    }

    @Test
    void aLongUrlIsRefusedBeforeItIsParsed() {
        String url = "https://merchant.example/" + "a".repeat(WebhookUrl.MAX_LENGTH);

        assertThat(WebhookUrl.problemOf(url)).hasValue("at most 2048 characters, was " + url.length());
        assertThat(WebhookUrl.problemOf(null)).hasValue("a URL is required");
    }

    @Test
    void anIpv6LiteralsHostIsTheAddressWithoutBrackets() {
        assertThat(WebhookUrl.of("https://[fd00::1]:8443/hooks").host()).isEqualTo("fd00::1");
        assertThat(WebhookUrl.of("HTTPS://Merchant.example/hooks?x=1").host()).isEqualTo("Merchant.example");
    }
}
