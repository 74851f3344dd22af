package io.ultramarket.commerce.live;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.query.live.ClientFellBehind;
import io.ultramarket.commerce.query.live.EventFeed;
import io.ultramarket.commerce.query.live.EventSelection;
import io.ultramarket.commerce.query.live.EventStoreReads;
import io.ultramarket.commerce.query.live.EventStoreTail;
import io.ultramarket.commerce.query.live.FeedItem;
import io.ultramarket.commerce.query.live.LiveEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;
import reactor.test.subscriber.TestSubscriber;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client that reads slower than events arrive is not buffered for without end: past the bound it is cut
 * off, and it resumes from the last event it received without losing any.
 */
@ApiIntegrationTest
class SlowClientIT {

    private static final int MAX_BUFFERED_EVENTS = 2;

    @Autowired
    EventStoreTail tail;
    @Autowired
    EventStoreReads reads;
    @Autowired
    DataSource dataSource;

    @Test
    void aClientThatFallsTooFarBehindIsCutOffAndResumesWithoutLosingAnEvent() throws SQLException {
        var probe = new ProbeEvents(dataSource, "SlowClientProbe");
        var feed = new EventFeed(tail, reads, MAX_BUFFERED_EVENTS, 256);
        var selection = EventSelection.everyAggregateOf(probe.aggregateType());

        // This client takes the opening and then reads nothing more.
        TestSubscriber<FeedItem> slowClient = TestSubscriber.builder().initialRequest(1).build();
        feed.follow(selection, OptionalLong.empty()).subscribe(slowClient);
        await().atMost(Duration.ofSeconds(20)).until(() -> !slowClient.getReceivedOnNext().isEmpty());
        long openedAt = ((FeedItem.Opened) slowClient.getReceivedOnNext().get(0)).position();

        List<Long> stored = new ArrayList<>();
        for (int i = 0; i < MAX_BUFFERED_EVENTS + 3; i++) {
            stored.add(probe.insert());
        }

        slowClient.block(Duration.ofSeconds(20));
        assertThat(slowClient.expectTerminalError()).isInstanceOf(ClientFellBehind.class);
        assertThat(slowClient.getReceivedOnNext()).hasSize(1);

        StepVerifier.create(feed.follow(selection, OptionalLong.of(openedAt)).take(1 + stored.size()))
                .expectNext(new FeedItem.Opened(openedAt))
                .recordWith(ArrayList::new)
                .expectNextCount(stored.size())
                .consumeRecordedWith(resumed -> assertThat(resumed)
                        .extracting(item -> ((LiveEvent) item).position())
                        .containsExactlyElementsOf(stored))
                .verifyComplete();
    }
}
