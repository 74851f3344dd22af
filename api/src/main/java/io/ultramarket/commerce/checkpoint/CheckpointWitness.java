package io.ultramarket.commerce.checkpoint;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds the checkpoint tables against the log file's copy (ADR 0052). The log is appended only after a
 * checkpoint commits, so every checkpoint it holds must be in the tables as it was signed: one it holds that the
 * tables lack was deleted (the tables rolled back to an older signed state), and one the tables hold otherwise, or
 * a number the log holds twice, shows a checkpoint signed again after such a roll-back. The tables may hold
 * checkpoints the log lacks: a crash between the commit and the append, or a log shipped away and restarted.
 */
final class CheckpointWitness {

    private CheckpointWitness() {
    }

    /** The lowest-numbered checkpoint where the tables and the log part, if any. */
    static Optional<StoreVerification.CheckpointProblem> compare(List<Checkpoint> tables, List<Checkpoint> logged) {
        Map<Long, Checkpoint> stored = new HashMap<>();
        tables.forEach(checkpoint -> stored.put(checkpoint.statement().id(), checkpoint));
        Map<Long, byte[]> firstLogged = new HashMap<>();
        Long worst = null;
        String cause = null;
        for (Checkpoint checkpoint : logged) {
            long id = checkpoint.statement().id();
            byte[] earlier = firstLogged.putIfAbsent(id, checkpoint.signature());
            Checkpoint inTables = stored.get(id);
            String found = earlier != null && !Arrays.equals(earlier, checkpoint.signature()) ? "differs-from-log"
                    : inTables == null ? "missing"
                    : !Arrays.equals(inTables.signature(), checkpoint.signature()) ? "differs-from-log"
                    : null;
            if (found != null && (worst == null || id < worst)) {
                worst = id;
                cause = found;
            }
        }
        return worst == null ? Optional.empty() : Optional.of(new StoreVerification.CheckpointProblem(worst, cause));
    }
}
