package io.ultramarket.commerce.live;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LastEventIdTest {

    @Test
    void aFirstConnectionHasNoPositionToResumeFrom() {
        assertThat(LastEventId.parse(null)).isEmpty();
        assertThat(LastEventId.parse(" ")).isEmpty();
    }

    @Test
    void aReconnectionResumesAfterThePositionItLastReceived() {
        assertThat(LastEventId.parse("1234")).isEqualTo(OptionalLong.of(1234));
        assertThat(LastEventId.parse("0")).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void anIdThisApiNeverSentIsRefused() {
        assertThatThrownBy(() -> LastEventId.parse("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'abc'");
        assertThatThrownBy(() -> LastEventId.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
