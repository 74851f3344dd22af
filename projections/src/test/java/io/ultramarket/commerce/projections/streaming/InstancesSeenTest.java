package io.ultramarket.commerce.projections.streaming;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InstancesSeenTest {

    private static final String SAGA = "CheckoutSagaProcessor";

    @Test
    void theFirstOfTwoInstancesLetsGoOfTheHalfAboveItsShareOfFourSegments() {
        InstancesSeen seen = new InstancesSeen("a", 2, Set.of("a", "b"), Map.of(SAGA, 4), Map.of(SAGA, Map.of("a", 4)));

        assertThat(seen.fairShare(SAGA, 4)).isEqualTo(2);
        assertThat(seen.surplus(SAGA, 4, 4)).isEqualTo(2);
    }

    @Test
    void anInstanceHoldingItsShareLetsGoOfNothingSoTwoNeverPassASegmentToAndFro() {
        InstancesSeen seen = new InstancesSeen("b", 2, Set.of("a", "b"), Map.of(SAGA, 4), Map.of(SAGA, Map.of("a", 2, "b", 2)));

        assertThat(seen.surplus(SAGA, 4, 2)).isZero();
    }

    @Test
    void theShareIsRoundedUpSoAnOddSegmentStaysWhereItIs() {
        InstancesSeen seen = new InstancesSeen("a", 2, Set.of("a", "b"), Map.of("relay", 3), Map.of("relay", Map.of("a", 2, "b", 1)));

        assertThat(seen.fairShare("relay", 3)).isEqualTo(2);
        assertThat(seen.surplus("relay", 3, 2)).isZero();
    }

    @Test
    void nothingIsLetGoForAnInstanceThatStoppedBeatingThoughItIsNotCountedOutYet() {
        // "b" was killed: still counted alive until its row expires, but its heartbeat is late.
        InstancesSeen seen = new InstancesSeen("a", 2, Set.of("a"), Map.of(SAGA, 4), Map.of(SAGA, Map.of("a", 4)));

        assertThat(seen.fairShare(SAGA, 4)).isEqualTo(2);
        assertThat(seen.surplus(SAGA, 4, 4)).as("segments let go that nobody would take").isZero();
    }

    @Test
    void noMoreIsLetGoThanTheOthersHaveRoomFor() {
        // Three instances, four segments: a share of two; "b" already holds two, so only "c" has room, for two.
        InstancesSeen seen = new InstancesSeen("a", 3, Set.of("a", "b", "c"), Map.of(SAGA, 4), Map.of(SAGA, Map.of("a", 4, "b", 2)));

        assertThat(seen.surplus(SAGA, 4, 4)).isEqualTo(2);
        InstancesSeen full = new InstancesSeen("a", 3, Set.of("a", "b", "c"), Map.of(SAGA, 6), Map.of(SAGA, Map.of("a", 3, "b", 2, "c", 2)));
        assertThat(full.surplus(SAGA, 6, 3)).as("above its share of two, but the others hold theirs").isZero();
    }

    @Test
    void aloneAnInstanceHoldsEverySegmentAndTheConfiguredCountStandsUntilTheStoreHasOne() {
        InstancesSeen seen = InstancesSeen.alone("a");

        assertThat(seen.fairShare(SAGA, 4)).isEqualTo(4);
        assertThat(seen.surplus(SAGA, 4, 4)).isZero();
    }
}
