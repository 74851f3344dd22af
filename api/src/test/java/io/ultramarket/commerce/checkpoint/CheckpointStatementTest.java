package io.ultramarket.commerce.checkpoint;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A statement read back from its canonical text is the same statement: the log file's copy can be trusted as the rows. */
class CheckpointStatementTest {

    @Test
    void aStatementReadsBackFromItsTextByteForByte() {
        CheckpointStatement statement = new CheckpointStatement(7, "2026-12-03T08:00:00Z", 1234, new byte[]{1, 2, 3},
                new byte[]{9, 8}, List.of(
                new AggregateHead("cart 1/ä", "Cart", 4, 1200, new byte[]{5}),
                new AggregateHead("a-first", "Order", 0, 1234, new byte[]{6, 7})));

        CheckpointStatement read = CheckpointStatement.parse(statement.bytes());

        assertThat(read.bytes()).isEqualTo(statement.bytes());
        assertThat(read.id()).isEqualTo(7);
        assertThat(read.headPosition()).isEqualTo(1234);
        assertThat(read.aggregates()).extracting(AggregateHead::aggregateId).containsExactly("a-first", "cart 1/ä");
        assertThat(read.aggregates().get(1).aggregateType()).isEqualTo("Cart");
    }

    @Test
    void theFirstCheckpointHasNoPreviousSignatureAndMayNameNoAggregate() {
        CheckpointStatement first = new CheckpointStatement(1, "2026-12-03T08:00:00Z", 10, new byte[]{1}, null, List.of());

        CheckpointStatement read = CheckpointStatement.parse(first.bytes());

        assertThat(read.previousSignature()).isNull();
        assertThat(read.aggregates()).isEmpty();
        assertThat(read.bytes()).isEqualTo(first.bytes());
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> CheckpointStatement.parse("hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] cut = "commerce-chain-checkpoint 1\nid 1\ntaken-at x\nhead 10\nprevious -\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CheckpointStatement.parse(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("head");
    }
}
