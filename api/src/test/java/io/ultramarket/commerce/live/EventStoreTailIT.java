package io.ultramarket.commerce.live;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.query.live.EventStoreTail;
import io.ultramarket.commerce.query.live.LiveEvent;
import io.ultramarket.commerce.query.live.TailSignal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.Disposable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Positions are taken from a sequence when a row is inserted, but transactions commit in any order. The tail
 * must not stream a newer event while an older position may still be committed, nor skip or repeat either.
 */
@ApiIntegrationTest
class EventStoreTailIT {

    @Autowired
    EventStoreTail tail;
    @Autowired
    DataSource dataSource;

    @Test
    void anEventCommittedLateBelowANewerOneIsStreamedFirstAndNeitherIsSkippedNorRepeated() throws SQLException {
        var probe = new ProbeEvents(dataSource, "LiveTailProbe");
        Queue<TailSignal> received = new ConcurrentLinkedQueue<>();
        Disposable following = tail.signals().subscribe(received::add);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());
            long late;
            long early;
            try (Connection lateTransaction = dataSource.getConnection()) {
                lateTransaction.setAutoCommit(false);
                late = probe.insert(lateTransaction);
                try (Connection other = dataSource.getConnection()) {
                    early = probe.insert(other);
                }
                assertThat(early).isGreaterThan(late);

                // Two more reads of the store: the second began after the newer event was committed.
                int seen = received.size();
                await().atMost(Duration.ofSeconds(20)).until(() -> reachedAfter(received, seen).size() >= 2);
                assertThat(probe.eventsIn(received)).isEmpty();
                assertThat(reachedAfter(received, seen)).allSatisfy(position -> assertThat(position).isLessThan(late));

                lateTransaction.commit();
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> probe.eventsIn(received).size() == 2);
            int seen = received.size();
            await().atMost(Duration.ofSeconds(20)).until(() -> !reachedAfter(received, seen).isEmpty());
            assertThat(probe.eventsIn(received)).extracting(LiveEvent::position).containsExactly(late, early);
        } finally {
            following.dispose();
        }
    }

    private static List<Long> reachedAfter(Queue<TailSignal> received, int skip) {
        List<Long> reached = new ArrayList<>();
        received.stream().skip(skip)
                .filter(TailSignal.Reached.class::isInstance)
                .forEach(signal -> reached.add(signal.position()));
        return reached;
    }
}
