package io.ultramarket.commerce.checkpoint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the checkpoint tables are held against the log file's copy (ADR 0052). */
class CheckpointWitnessTest {

    private static Checkpoint checkpoint(long id, int signature) {
        return new Checkpoint(new CheckpointStatement(id, "2026-12-03T08:00:00Z", id * 10, new byte[]{1}, null, List.of()),
                new byte[]{0}, new byte[]{(byte) signature});
    }

    @Test
    void tablesThatHoldEveryLoggedCheckpointAsSignedAgree() {
        assertThat(CheckpointWitness.compare(List.of(checkpoint(1, 1), checkpoint(2, 2)), List.of(checkpoint(1, 1), checkpoint(2, 2))))
                .isEmpty();
    }

    @Test
    void theTablesMayHoldCheckpointsTheLogLacks() {
        // A crash between the commit and the append, or a log file shipped away and begun again.
        assertThat(CheckpointWitness.compare(List.of(checkpoint(1, 1), checkpoint(2, 2)), List.of(checkpoint(2, 2)))).isEmpty();
        assertThat(CheckpointWitness.compare(List.of(checkpoint(1, 1)), List.of())).isEmpty();
    }

    @Test
    void aLoggedCheckpointTheTablesLackIsMissing() {
        assertThat(CheckpointWitness.compare(List.of(checkpoint(1, 1)), List.of(checkpoint(1, 1), checkpoint(2, 2), checkpoint(3, 3))))
                .contains(new StoreVerification.CheckpointProblem(2, "missing"));
    }

    @Test
    void aCheckpointSignedAgainAfterARollBackDiffersFromTheLog() {
        // Rolled back to 1, then 2 signed again over other heads: the tables hold the new 2, the log both.
        assertThat(CheckpointWitness.compare(List.of(checkpoint(1, 1), checkpoint(2, 20)), List.of(checkpoint(1, 1), checkpoint(2, 2))))
                .contains(new StoreVerification.CheckpointProblem(2, "differs-from-log"));
        assertThat(CheckpointWitness.compare(List.of(checkpoint(1, 1), checkpoint(2, 2)),
                List.of(checkpoint(1, 1), checkpoint(2, 2), checkpoint(2, 20))))
                .contains(new StoreVerification.CheckpointProblem(2, "differs-from-log"));
    }

    @Test
    void theLowestNumberedDepartureIsNamed() {
        assertThat(CheckpointWitness.compare(List.of(checkpoint(1, 10)),
                List.of(checkpoint(1, 1), checkpoint(2, 2))))
                .contains(new StoreVerification.CheckpointProblem(1, "differs-from-log"));
    }
}
