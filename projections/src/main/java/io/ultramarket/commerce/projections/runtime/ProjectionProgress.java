package io.ultramarket.commerce.projections.runtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a projection's processor has come, read from the token store (so it covers the segments that
 * other instances process too) and compared with the head of the event store.
 */
public class ProjectionProgress {

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;
    private final StreamableMessageSource<TrackedEventMessage<?>> events;

    ProjectionProgress(JdbcTemplate jdbc, Serializer tokenSerializer, StreamableMessageSource<TrackedEventMessage<?>> events) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
        this.events = events;
    }

    /** Global position of the newest event in the store, or -1 when it is empty. */
    public long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /**
     * The position every segment has passed, or empty while some segment has not started. With events
     * still arriving, this is how much of the stream the generation is guaranteed to hold.
     */
    public OptionalLong position(Generation generation) {
        return position(generation, Map.of());
    }

    /**
     * The position every segment has passed, by its stored token or by the token its processor has reached on this
     * instance ({@code reachedHere}, by segment), whichever is further: what a rebuild's switch goes by (see
     * {@link #hasPassed(Generation, long, Map)}). Empty while some segment has neither.
     */
    public OptionalLong position(Generation generation, Map<Integer, TrackingToken> reachedHere) {
        List<SegmentToken> tokens = tokensOf(generation);
        if (tokens.isEmpty() || tokens.stream()
                .anyMatch(token -> token.token() == null && reachedHere.get(token.segment()) == null)) {
            return OptionalLong.empty();
        }
        return tokens.stream().mapToLong(token -> Math.max(positionOf(token.token()),
                positionOf(reachedHere.get(token.segment())))).min();
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** True when every segment has passed {@code position}: the generation holds everything up to it. */
    public boolean hasPassed(Generation generation, long position) {
        return hasPassed(generation, position, Map.of());
    }

    /**
     * True when every segment has passed {@code position}, by its stored token or by the token its processor has
     * reached on this instance ({@code reachedHere}, by segment). A segment that has only skipped events since it
     * last stored its token stores the next one only after {@code commerce.projections.token-update-interval};
     * what it reached here holds all the same, since a processor reports a position only once everything up to it
     * is committed or was not its to handle.
     */
    public boolean hasPassed(Generation generation, long position, Map<Integer, TrackingToken> reachedHere) {
        return everySegmentPassed(tokensOf(generation), reachedHere, position);
    }

    static boolean everySegmentPassed(List<SegmentToken> stored, Map<Integer, TrackingToken> reachedHere, long position) {
        return !stored.isEmpty() && stored.stream().allMatch(token -> token.covers(position)
                || new SegmentToken(token.segment(), reachedHere.get(token.segment())).covers(position));
    }

    /**
     * True when the event at {@code position} has been applied (read-your-writes). Only the segment that
     * owns the event's aggregate matters: the others may record their progress later (see
     * {@code commerce.projections.token-update-interval}), and waiting for them would only delay the answer.
     */
    public boolean hasApplied(Generation generation, long position) {
        List<SegmentToken> tokens = tokensOf(generation);
        if (tokens.isEmpty()) {
            return false;
        }
        Optional<String> aggregate = jdbc.query(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?",
                rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty(), position);
        if (aggregate.isEmpty()) {
            return hasPassed(generation, position);
        }
        Segment[] segments = Segment.computeSegments(tokens.stream().mapToInt(SegmentToken::segment).toArray());
        // Axon routes an event to the segment that matches the hash of its sequence identifier, which for
        // the default policy is the aggregate identifier.
        return tokens.stream()
                .filter(token -> Arrays.stream(segments)
                        .anyMatch(segment -> segment.getSegmentId() == token.segment() && segment.matches(aggregate.get())))
                .allMatch(token -> token.covers(position));
    }

    private List<SegmentToken> tokensOf(Generation generation) {
        return jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (row, index) -> {
                    byte[] token = row.getBytes("token");
                    return new SegmentToken(row.getInt("segment"),
                            token == null ? null : deserialize(token, row.getString("token_type")));
                },
                generation.processorName());
    }

    private TrackingToken deserialize(byte[] bytes, String type) {
        Object token = tokenSerializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, Objects.requireNonNull(type), null));
        return (TrackingToken) token;
    }

    /** A segment's stored token; null while the segment has not started. */
    record SegmentToken(int segment, TrackingToken token) {

        /**
         * Whether the event at {@code position} is behind this token. Not Axon's {@code covers}: that also
         * asks the other token to know this one's gaps, so a rolled-back insert below the position (a gap
         * that never fills) would make every later position look unreached.
         */
        boolean covers(long position) {
            if (token instanceof GapAwareTrackingToken gapAware) {
                return position <= gapAware.getIndex() && !gapAware.getGaps().contains(position);
            }
            return token != null && token.position().orElse(-1) >= position;
        }
    }
}
