package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProjectionStatusTest {

    @Test
    void readsTheProjectionsGenerations() {
        ProjectionStatus status = parse("""
                [{"name":"other","head":9,"generations":[]},
                 {"name":"stock-levels","head":100200,"generations":[
                   {"generation":1,"state":"ACTIVE","position":100200,"lag":0,"runningHere":true},
                   {"generation":2,"state":"BUILDING","position":45000,"lag":55200,"runningHere":true}]}]
                """);

        assertThat(status.head()).isEqualTo(100_200);
        assertThat(status.events()).isEqualTo(100_200);
        assertThat(status.active().orElseThrow().number()).isEqualTo(1);
        assertThat(status.building().orElseThrow().position()).isEqualTo(OptionalLong.of(45_000));
        assertThat(status.generation(2).orElseThrow().lag()).isEqualTo(OptionalLong.of(55_200));
        assertThat(status.generation(3)).isEmpty();
        assertThat(status.isCaughtUp()).as("a rebuild is running").isFalse();
        assertThat(status.describe()).isEqualTo("stock-levels: head 100200, generation 1 ACTIVE at 100200, lag 0; "
                + "generation 2 BUILDING at 45000, lag 55200");
    }

    @Test
    void caughtUpMeansTheActiveGenerationHasNoLagAndNoRebuildRuns() {
        assertThat(parse(withActive("\"position\":500,\"lag\":0")).isCaughtUp()).isTrue();
        assertThat(parse(withActive("\"position\":480,\"lag\":20")).isCaughtUp()).isFalse();
        assertThat(parse(withActive("")).isCaughtUp()).as("no position yet").isFalse();
    }

    @Test
    void anEmptyStoreHasNothingToCatchUpWith() {
        ProjectionStatus empty = parse("""
                [{"name":"stock-levels","head":-1,"generations":[{"generation":1,"state":"ACTIVE","runningHere":true}]}]
                """);

        assertThat(empty.events()).isZero();
        assertThat(empty.isCaughtUp()).isTrue();
        assertThat(empty.active().orElseThrow().position()).isEmpty();
    }

    @Test
    void anUnknownProjectionOrAnswerIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("[{\"name\":\"orders\",\"head\":1}]"))
                .withMessageContaining("no projection stock-levels, only [orders]");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("<html>"));
    }

    @Test
    void aRebuildIsTimedByTheAppsClockWhereItGivesTheTimes() {
        ProjectionStatus status = parse("""
                [{"name":"stock-levels","head":100,"generations":[
                   {"generation":1,"state":"RETIRED","position":100,"lag":0,"runningHere":true,
                    "createdAt":"2026-12-06T06:00:00Z","activatedAt":"2026-12-06T06:00:01Z"},
                   {"generation":2,"state":"ACTIVE","position":100,"lag":0,"runningHere":true,
                    "createdAt":"2026-12-06T07:00:00.250Z","activatedAt":"2026-12-06T07:00:02.375Z"},
                   {"generation":3,"state":"BUILDING","position":50,"lag":50,"runningHere":true,
                    "createdAt":"2026-12-06T07:10:00Z"},
                   {"generation":4,"state":"BUILDING","createdAt":"not a time"}]}]
                """);

        assertThat(status.generation(2).orElseThrow().rebuildTime()).contains(Duration.ofMillis(2_125));
        assertThat(status.generation(3).orElseThrow().rebuildTime()).as("still being built").isEmpty();
        assertThat(status.generation(4).orElseThrow().createdAt()).isEmpty();
        assertThat(parse(withActive("\"position\":500,\"lag\":0")).active().orElseThrow().rebuildTime())
                .as("an app that gives no times").isEmpty();
    }

    @Test
    void theReplaySummaryGivesEventsTimeAndRate() {
        assertThat(ReplayBenchmark.summaryLine(100_000, Duration.ofMillis(40_000), 2))
                .isEqualTo("replay: 100000 events rebuilt in 40.0 s = 2500.0 events/s (projection stock-levels, "
                        + "generation 2)");
    }

    private static String withActive(String progress) {
        return "[{\"name\":\"stock-levels\",\"head\":500,\"generations\":[{\"generation\":1,\"state\":\"ACTIVE\""
                + (progress.isEmpty() ? "" : "," + progress) + "}]}]";
    }

    private static ProjectionStatus parse(String json) {
        return ProjectionStatus.parse(json.getBytes(StandardCharsets.UTF_8), ReplayBenchmark.PROJECTION);
    }
}
