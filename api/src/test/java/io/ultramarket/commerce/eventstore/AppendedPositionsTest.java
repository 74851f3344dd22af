package io.ultramarket.commerce.eventstore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppendedPositionsTest {

    private final AppendedPositions positions = new AppendedPositions();

    @Test
    void aCommandsPositionIsTheHighestItsAppendsTook() {
        assertThat(positions.during(() -> {
            positions.appended(41);
            positions.appended(43);
            positions.appended(42);
        })).hasValue(43);
    }

    @Test
    void appendsAreWantedOnlyWhileACommandIsRecordedOnThisThread() {
        assertThat(positions.wanted()).isFalse();
        positions.appended(7);

        assertThat(positions.during(() -> assertThat(positions.wanted()).isTrue())).isEmpty();
        assertThat(positions.wanted()).isFalse();
    }

    @Test
    void aFailedCommandLeavesNoRecordingBehind() {
        assertThatThrownBy(() -> positions.during(() -> {
            positions.appended(9);
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(positions.wanted()).isFalse();
        assertThat(positions.during(() -> { })).isEmpty();
    }

    @Test
    void aRecordingInsideAnotherKeepsItsOwnAndGivesTheOuterOneBack() {
        assertThat(positions.during(() -> {
            positions.appended(5);
            assertThat(positions.during(() -> positions.appended(8))).hasValue(8);
            positions.appended(6);
        })).hasValue(6);
    }
}
