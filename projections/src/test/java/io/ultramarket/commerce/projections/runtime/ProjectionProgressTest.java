package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.runtime.ProjectionProgress.SegmentToken;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ultramarket.commerce.projections.runtime.ProjectionProgress.everySegmentPassed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild has caught up when every segment has passed the head: by its stored token, or by the token its
 * processor reached on this instance, which a segment that only skips events stores later.
 */
class ProjectionProgressTest {

    private static final long HEAD = 100;

    @Test
    void storedTokensAtTheHeadHaveCaughtUp() {
        assertThat(everySegmentPassed(List.of(stored(0, HEAD), stored(1, HEAD + 3)), Map.of(), HEAD)).isTrue();
    }

    @Test
    void aSegmentWhoseStoredTokenLagsHoldsBackTheSwitchWhenNotProcessedHere() {
        assertThat(everySegmentPassed(List.of(stored(0, HEAD), stored(1, 90)), Map.of(), HEAD)).isFalse();
    }

    @Test
    void aLaggingStoredTokenCountsAsPassedWhenItsSegmentReachedTheHeadHere() {
        assertThat(everySegmentPassed(List.of(stored(0, HEAD), stored(1, 90)), Map.of(1, token(HEAD)), HEAD)).isTrue();
    }

    @Test
    void whatAnotherSegmentReachedHereDoesNotCountForTheLaggingOne() {
        assertThat(everySegmentPassed(List.of(stored(0, 90), stored(1, 90)), Map.of(1, token(HEAD)), HEAD)).isFalse();
    }

    @Test
    void aReachedTokenWithTheHeadInItsGapsHasNotPassedIt() {
        TrackingToken gapAtHead = GapAwareTrackingToken.newInstance(HEAD + 1, Set.of(HEAD));
        assertThat(everySegmentPassed(List.of(stored(0, 90)), Map.of(0, gapAtHead), HEAD)).isFalse();
    }

    @Test
    void aSegmentNotStartedCountsOnlyByWhatItReachedHere() {
        List<SegmentToken> notStarted = List.of(new SegmentToken(0, null));
        assertThat(everySegmentPassed(notStarted, Map.of(), HEAD)).isFalse();
        assertThat(everySegmentPassed(notStarted, Map.of(0, token(HEAD)), HEAD)).isTrue();
    }

    @Test
    void noSegmentsStoredHasNotCaughtUp() {
        assertThat(everySegmentPassed(List.of(), Map.of(0, token(HEAD)), HEAD)).isFalse();
    }

    private static SegmentToken stored(int segment, long position) {
        return new SegmentToken(segment, token(position));
    }

    private static TrackingToken token(long position) {
        return GapAwareTrackingToken.newInstance(position, Set.of());
    }
}
