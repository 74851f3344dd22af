package io.ultramarket.commerce.projections.streaming;

import java.util.Map;
import java.util.Set;

/**
 * What an instance's last heartbeat saw of the others (ADR 0061, ADR 0074), and the shares it decides by.
 *
 * @param self     this instance's id ({@code pid@host}, as Axon's token store names a claim's owner)
 * @param alive    the instances whose heartbeat has not expired, this one included (at least 1)
 * @param beating  the instances that beat within the last two heartbeats: running, so able to claim what is let go
 * @param segments per processor, its segments in the token store
 * @param claims   per processor, how many of its segments each instance has claimed
 */
record InstancesSeen(String self, int alive, Set<String> beating, Map<String, Integer> segments,
                     Map<String, Map<String, Integer>> claims) {

    static InstancesSeen alone(String self) {
        return new InstancesSeen(self, 1, Set.of(self), Map.of(), Map.of());
    }

    /** A processor's segments ({@code configured} before the token store has any) over the live instances, rounded up. */
    int fairShare(String processor, int configured) {
        int total = segments.getOrDefault(processor, configured);
        return Math.max(1, (total + alive - 1) / alive);
    }

    /**
     * How many of the {@code held} segments to let go: those above the fair share, but no more than the other
     * instances that beat lately have room for below theirs. One that stopped beating (killed, not expired yet)
     * takes nothing, so nothing is let go for it.
     */
    int surplus(String processor, int configured, int held) {
        int share = fairShare(processor, configured);
        if (held <= share) {
            return 0;
        }
        Map<String, Integer> claimed = claims.getOrDefault(processor, Map.of());
        int room = beating.stream().filter(instance -> !instance.equals(self))
                .mapToInt(instance -> Math.max(0, share - claimed.getOrDefault(instance, 0)))
                .sum();
        return Math.min(held - share, room);
    }
}
