package io.ultramarket.commerce.projections.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The indexer's view of Elasticsearch for one cycle: which of the alias's generation indices exist and which indices
 * the alias points at, read in one request at the cycle's start ({@link SearchIndices#listing()}) and kept up to date
 * by the cycle's own changes. Cycles run one at a time across instances (ADR 0056), so nobody else changes these
 * indices meanwhile; an index Elasticsearch loses during a cycle is found at the next (ADR 0112).
 */
final class IndexListing {

    private final String generationPrefix;
    /** Each index the listing knows, and whether the alias points at it; in Elasticsearch's order. */
    private final Map<String, Boolean> aliasedByIndex;

    /**
     * @param alias          the alias the indexer maintains; its generations' indices are named {@code <alias>-g...}
     * @param aliasedByIndex the indices found, and whether the alias points at each
     */
    IndexListing(String alias, Map<String, Boolean> aliasedByIndex) {
        this.generationPrefix = alias + "-g";
        this.aliasedByIndex = new LinkedHashMap<>(aliasedByIndex);
    }

    boolean exists(String index) {
        return aliasedByIndex.containsKey(index);
    }

    /** The indices the alias points at (one, or none before the first switch). */
    Set<String> aliased() {
        return aliasedByIndex.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every index of the alias's generations, in use or not. */
    List<String> generationIndices() {
        return aliasedByIndex.keySet().stream().filter(index -> index.startsWith(generationPrefix)).toList();
    }

    void created(String index) {
        aliasedByIndex.putIfAbsent(index, false);
    }

    /** The alias now points at {@code index} alone. */
    void aliasMovedTo(String index) {
        aliasedByIndex.replaceAll((name, aliased) -> name.equals(index));
    }

    void deleted(String index) {
        aliasedByIndex.remove(index);
    }
}
