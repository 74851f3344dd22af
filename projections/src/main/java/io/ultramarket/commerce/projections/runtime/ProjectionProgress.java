package io.ultramarket.commerce.projections.runtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
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
        List<Optional<TrackingToken>> tokens = tokensOf(generation);
        if (tokens.isEmpty() || tokens.stream().anyMatch(Optional::isEmpty)) {
            return OptionalLong.empty();
        }
        return tokens.stream().map(Optional::get).mapToLong(token -> token.position().orElse(-1)).min();
    }

    /** True when every segment has applied the event at {@code position} (read-your-writes). */
    public boolean hasReached(Generation generation, long position) {
        List<Optional<TrackingToken>> tokens = tokensOf(generation);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> token.isPresent() && hasApplied(token.get(), position));
    }

    /**
     * The token has passed {@code position} and it is not one of its gaps. Gaps below it do not matter:
     * {@code GapAwareTrackingToken.covers} would say no while any is left, and a hole left by a rolled-back
     * insert (a concurrency conflict, say) stays in the token for thousands of events, so every read that
     * waits would run into its time-out. The client's own earlier writes are no such gap: they committed
     * before the write at {@code position} began, so the fetch that reached it has read them too.
     */
    private static boolean hasApplied(TrackingToken token, long position) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token.position().orElse(-1) >= position;
    }

    private List<Optional<TrackingToken>> tokensOf(Generation generation) {
        return jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (row, index) -> {
                    byte[] token = row.getBytes("token");
                    return token == null ? Optional.empty() : Optional.of(deserialize(token, row.getString("token_type")));
                },
                generation.processorName());
    }

    private TrackingToken deserialize(byte[] bytes, String type) {
        Object token = tokenSerializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, Objects.requireNonNull(type), null));
        return (TrackingToken) token;
    }
}
