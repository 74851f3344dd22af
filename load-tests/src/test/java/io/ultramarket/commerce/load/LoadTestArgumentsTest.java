package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadTestArgumentsTest {

    @Test
    void onlyTheScenarioIsRequired() {
        LoadTestArguments arguments = LoadTestArguments.parse("--scenario", "add-to-cart");

        assertThat(arguments).isEqualTo(new LoadTestArguments(ScenarioKind.ADD_TO_CART,
                URI.create("http://localhost:8080"), 16, Duration.ofSeconds(30), Duration.ofSeconds(5), 100_000, null));
    }

    @Test
    void readsEveryArgument() {
        LoadTestArguments arguments = LoadTestArguments.parse("--scenario", "checkout",
                "--base-url", "http://127.0.0.1:9090/", "--clients", "4", "--duration", "2m", "--warmup", "500ms");

        assertThat(arguments).isEqualTo(new LoadTestArguments(ScenarioKind.CHECKOUT,
                URI.create("http://127.0.0.1:9090"), 4, Duration.ofMinutes(2), Duration.ofMillis(500), 100_000, null));
    }

    @Test
    void theReadLagMayReadBackOnAnotherInstance() {
        assertThat(LoadTestArguments.parse("--scenario", "read-lag", "--read-url", "http://localhost:8081").readUrl())
                .isEqualTo(URI.create("http://localhost:8081"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoadTestArguments.parse("--scenario", "checkout", "--read-url", "http://localhost:8081"))
                .withMessageContaining("read-lag only");
    }

    @Test
    void theReplayTakesTheNumberOfEvents() {
        assertThat(LoadTestArguments.parse("--events", "250000", "--scenario", "replay").events()).isEqualTo(250_000);
        assertThat(LoadTestArguments.parse("--scenario", "replay", "--events", "1_000").events()).isEqualTo(1_000);
        assertThat(LoadTestArguments.parse("--scenario", "analytics", "--events", "20000").events()).isEqualTo(20_000);
        assertThat(LoadTestArguments.parse("--scenario", "read-lag").scenario()).isEqualTo(ScenarioKind.READ_LAG);
    }

    @Test
    void aBareNumberIsSeconds() {
        assertThat(LoadTestArguments.parseDuration("20")).isEqualTo(Duration.ofSeconds(20));
        assertThat(LoadTestArguments.parseDuration("20s")).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void refusesWhatItCannotRunSafely() {
        assertThatIllegalArgumentException().isThrownBy(() -> LoadTestArguments.parse("--clients", "4"))
                .withMessageContaining("--scenario is required");
        assertThatIllegalArgumentException().isThrownBy(() -> LoadTestArguments.parse("--scenario", "browse"))
                .withMessageContaining("add-to-cart, checkout, idempotent-replay, read-lag, replay");
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--clients", "0"));
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--clients", "many"));
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--duration", "0s"));
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--duration", "2h"));
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--warmup", "soon"));
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--rate", "100"))
                .withMessageContaining("unknown argument --rate");
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--clients"))
                .withMessageContaining("--clients needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--events", "1000"))
                .withMessageContaining("--events applies to --scenario replay and analytics only");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoadTestArguments.parse("--scenario", "replay", "--events", "0"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoadTestArguments.parse("--scenario", "replay", "--events", "2000000"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoadTestArguments.parse("--scenario", "replay", "--events", "lots"));
    }

    @Test
    void refusesTargetsOtherThanThisMachine() {
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--base-url", "http://example.com:8080"))
                .withMessageContaining("Refusing to send load to example.com")
                .withMessageContaining("forbids traffic to other addresses");
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--base-url", "http://10.0.0.5:8080"));
        assertThatIllegalArgumentException().isThrownBy(() -> parseWith("--base-url", "ftp://localhost"));
    }

    private static LoadTestArguments parseWith(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--scenario";
        args[1] = "add-to-cart";
        System.arraycopy(more, 0, args, 2, more.length);
        return LoadTestArguments.parse(args);
    }
}
