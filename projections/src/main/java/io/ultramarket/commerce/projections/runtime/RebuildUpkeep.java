package io.ultramarket.commerce.projections.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a rebuild's store upkeep is due: at the 2nd, 4th, 8th... reconciliation that sees it running here. Often
 * while its tables grow fastest, rarely in a long rebuild; not at the first, when its tables are still empty.
 * Not thread-safe: the runtime asks from its reconciliation, which runs one at a time.
 */
final class RebuildUpkeep {

    private final Map<Generation, Integer> rounds = new HashMap<>();

    /** Counts one reconciliation of each of {@code building}, forgets the rest, and answers those due now. */
    List<Generation> due(Set<Generation> building) {
        rounds.keySet().retainAll(building);
        return building.stream().filter(generation -> {
            int round = rounds.merge(generation, 1, Integer::sum);
            return round > 1 && Integer.bitCount(round) == 1;
        }).toList();
    }
}
