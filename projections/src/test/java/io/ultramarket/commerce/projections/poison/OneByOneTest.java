package io.ultramarket.commerce.projections.poison;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneByOneTest {

    private final OneByOne oneByOne = new OneByOne(
            new TransientRetry(new PoisonRetryProperties(2, Duration.ofMillis(1), Duration.ofMillis(1)), pause -> { }));
    private final List<String> written = new ArrayList<>();

    @Test
    void aBatchTheTargetTakesIsWrittenAtOnce() throws Exception {
        List<Refusal> refused = oneByOne.writeAll(batch("a1", "b1"), written::addAll, written::add);
        assertThat(refused).isEmpty();
        assertThat(written).containsExactly("a1", "b1");
    }

    @Test
    void aRefusedBatchIsWrittenOneByOneAndOnlyThePoisonAndItsSequencesLaterEventsComeBack() throws Exception {
        List<Refusal> refused = oneByOne.writeAll(batch("a1", "b1", "a2", "b2"),
                all -> {
                    throw new SQLException("value refused", "23514");
                },
                one -> {
                    if (one.equals("b1")) {
                        throw new SQLException("value refused", "23514");
                    }
                    written.add(one);
                });
        assertThat(written).containsExactly("a1", "a2");
        assertThat(refused.stream().map(refusal -> refusal.event().getPayload().toString()).toList()).containsExactly("b1", "b2");
        assertThat(refused.get(0).cause()).isInstanceOf(SQLException.class);
        assertThat(refused.get(1).cause()).as("held back behind b1, not refused itself").isNull();
    }

    @Test
    void aTargetThatIsAwayParksNothingTheFailureIsThrown() {
        assertThatThrownBy(() -> oneByOne.writeAll(batch("a1", "b1"),
                all -> {
                    throw new SQLException("connection refused", "08001");
                },
                written::add)).isInstanceOf(SQLException.class);
        assertThat(written).isEmpty();
    }

    /** Events named by sequence and number: "b2" is the second event of sequence "b". */
    private static List<Writable<String>> batch(String... names) {
        return java.util.Arrays.stream(names)
                .map(name -> new Writable<>(GenericEventMessage.asEventMessage(name), name.substring(0, 1), name))
                .toList();
    }
}
