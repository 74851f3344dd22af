package io.ultramarket.commerce.checkpoint;

import org.springframework.jdbc.core.JdbcTemplate;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The hashes recorded heads had before a one-time rewrite of stored events (V46, ADR 0073): a checkpoint signed
 * before the rewrite recorded an event's old hash, which the rewrite kept beside the new one. Only the recorded
 * heads' positions are read, not every rewritten event.
 */
final class ChainRewrites {

    private final Map<Long, List<byte[]>> oldHashes;

    private ChainRewrites(Map<Long, List<byte[]>> oldHashes) {
        this.oldHashes = oldHashes;
    }

    /** The old hashes of the events at the heads {@code recorded}, by position. */
    static ChainRewrites of(JdbcTemplate jdbc, Collection<NavigableMap<Long, AggregateHead>> recorded) {
        Long[] positions = recorded.stream().flatMap(heads -> heads.values().stream()).map(AggregateHead::position)
                .distinct().toArray(Long[]::new);
        Map<Long, List<byte[]>> oldHashes = new HashMap<>();
        if (positions.length > 0) {
            jdbc.query(connection -> {
                var statement = connection.prepareStatement(
                        "SELECT global_index, old_hash FROM chain_rewrite_event WHERE global_index = ANY(?)");
                statement.setArray(1, connection.createArrayOf("bigint", positions));
                return statement;
            }, row -> {
                oldHashes.computeIfAbsent(row.getLong(1), position -> new ArrayList<>()).add(row.getBytes(2));
            });
        }
        return new ChainRewrites(oldHashes);
    }

    /** Whether the event now hashed {@code hash} is the one {@code head} recorded, then or before a rewrite. */
    boolean recordedAs(AggregateHead head, byte[] hash) {
        return MessageDigest.isEqual(head.hash(), hash) || oldHashes.getOrDefault(head.position(), List.of()).stream()
                .anyMatch(old -> MessageDigest.isEqual(old, head.hash()));
    }
}
