package io.ultramarket.commerce.projections.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild's upkeep comes at its 2nd, 4th, 8th... reconciliation, counted again if it is rebuilt anew. */
class RebuildUpkeepTest {

    private final RebuildUpkeep upkeep = new RebuildUpkeep();
    private final Generation stock = new Generation("stock-levels", 2);
    private final Generation search = new Generation("product-search", 5);

    @Test
    void dueAtTheSecondFourthAndEighthReconciliation() {
        List<Integer> dueAt = new ArrayList<>();
        for (int round = 1; round <= 16; round++) {
            if (upkeep.due(Set.of(stock)).contains(stock)) {
                dueAt.add(round);
            }
        }

        assertThat(dueAt).containsExactly(2, 4, 8, 16);
    }

    @Test
    void eachRebuildIsCountedOnItsOwnAndForgottenOnceItIsNoLongerBuilt() {
        upkeep.due(Set.of(stock));
        assertThat(upkeep.due(Set.of(stock, search))).containsExactly(stock);
        upkeep.due(Set.of(search));

        assertThat(upkeep.due(Set.of(stock))).as("counted from the start again").isEmpty();
        assertThat(upkeep.due(Set.of(stock))).containsExactly(stock);
    }
}
