package io.ultramarket.commerce.query.live;

/**
 * What one subscriber's feed delivers: first {@link Opened}, then the selected events in store order.
 */
public sealed interface FeedItem permits FeedItem.Opened, LiveEvent {

    /**
     * The feed is live. It continues after {@code position}: the client's Last-Event-ID when it resumes,
     * otherwise the position the tail had reached when the client joined. A client that reconnects with
     * this position misses nothing, even if no event arrived in between.
     */
    record Opened(long position) implements FeedItem {
    }
}
