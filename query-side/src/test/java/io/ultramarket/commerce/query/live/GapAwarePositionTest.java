package io.ultramarket.commerce.query.live;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GapAwarePositionTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant RECENT = NOW.minusSeconds(1);
    private static final Instant OLD = NOW.minusSeconds(11);

    @Test
    void consecutiveEventsAreReleasedInStoreOrder() {
        var position = GapAwarePosition.startingAt(List.of(event(4, OLD)), GAP_TIMEOUT, NOW);

        assertThat(position.advance(List.of(event(5, RECENT), event(6, RECENT)), NOW))
                .extracting(LiveEvent::position).containsExactly(5L, 6L);
        assertThat(position.value()).isEqualTo(6);
    }

    @Test
    void eventsAboveAFreshGapWaitUntilTheLateEventIsCommitted() {
        var position = GapAwarePosition.startingAt(List.of(event(4, OLD)), GAP_TIMEOUT, NOW);

        assertThat(position.advance(List.of(event(5, RECENT), event(7, RECENT), event(8, RECENT)), NOW))
                .extracting(LiveEvent::position).containsExactly(5L);
        assertThat(position.value()).isEqualTo(5);

        assertThat(position.advance(List.of(event(6, RECENT), event(7, RECENT), event(8, RECENT)), NOW))
                .extracting(LiveEvent::position).containsExactly(6L, 7L, 8L);
    }

    @Test
    void aGapBelowAnEventOlderThanTheGapTimeoutIsGivenUpAsRolledBack() {
        var position = GapAwarePosition.startingAt(List.of(event(4, OLD)), GAP_TIMEOUT, NOW);

        assertThat(position.advance(List.of(event(7, OLD), event(8, RECENT)), NOW))
                .extracting(LiveEvent::position).containsExactly(7L, 8L);
    }

    @Test
    void aGapWaitedForIsGivenUpOnceTheEventAboveItAgesPastTheTimeout() {
        var position = GapAwarePosition.startingAt(List.of(event(4, OLD)), GAP_TIMEOUT, NOW);
        List<LiveEvent> aboveGap = List.of(event(6, RECENT));

        assertThat(position.advance(aboveGap, NOW)).isEmpty();
        assertThat(position.advance(aboveGap, NOW.plus(GAP_TIMEOUT))).extracting(LiveEvent::position).containsExactly(6L);
    }

    @Test
    void aTailStartsAfterTheNewestEventWhenNoRecentGapIsOpen() {
        var position = GapAwarePosition.startingAt(List.of(event(3, OLD), event(5, OLD), event(6, RECENT)),
                GAP_TIMEOUT, NOW);

        assertThat(position.value()).isEqualTo(6);
    }

    @Test
    void aTailStartsBelowARecentGapSoThatTheLateEventIsNotMissed() {
        var position = GapAwarePosition.startingAt(List.of(event(3, OLD), event(4, OLD), event(6, RECENT)),
                GAP_TIMEOUT, NOW);

        assertThat(position.value()).isEqualTo(4);
        assertThat(position.advance(List.of(event(5, RECENT), event(6, RECENT)), NOW))
                .extracting(LiveEvent::position).containsExactly(5L, 6L);
    }

    @Test
    void aTailOnAnEmptyStoreStartsBeforeTheFirstPosition() {
        assertThat(GapAwarePosition.startingAt(List.of(), GAP_TIMEOUT, NOW).value()).isZero();
    }

    private static LiveEvent event(long position, Instant occurredAt) {
        return new LiveEvent(position, "Order", "order-" + position, "io.example.SomethingHappened", occurredAt, "{}");
    }
}
