package io.ultramarket.commerce.live;

import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Heartbeats in virtual time: the interval is configurable, so the test need not wait for it. */
class HeartbeatsTest {

    private static final Duration INTERVAL = Duration.ofSeconds(15);

    @Test
    void anIdleStreamSendsAHeartbeatCommentEveryInterval() {
        StepVerifier.withVirtualTime(() -> Heartbeats.between(Flux.<ServerSentEvent<String>>never(), INTERVAL))
                .expectSubscription()
                .expectNoEvent(INTERVAL.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .assertNext(HeartbeatsTest::isHeartbeat)
                .expectNoEvent(INTERVAL.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .assertNext(HeartbeatsTest::isHeartbeat)
                .thenCancel()
                .verify();
    }

    @Test
    void eventsPassThroughBetweenHeartbeats() {
        Sinks.Many<ServerSentEvent<String>> events = Sinks.many().unicast().onBackpressureBuffer();
        var confirmed = ServerSentEvent.builder("confirmed").id("7").event("OrderConfirmed").build();

        StepVerifier.withVirtualTime(() -> Heartbeats.between(events.asFlux(), INTERVAL))
                .expectSubscription()
                .then(() -> events.tryEmitNext(confirmed))
                .expectNext(confirmed)
                .thenAwait(INTERVAL)
                .assertNext(HeartbeatsTest::isHeartbeat)
                .thenCancel()
                .verify();
    }

    @Test
    void theHeartbeatsStopWhenTheStreamEnds() {
        var last = ServerSentEvent.builder("delivered").id("9").build();

        StepVerifier.withVirtualTime(() -> Heartbeats.between(Flux.just(last), INTERVAL))
                .expectNext(last)
                .verifyComplete();
    }

    private static void isHeartbeat(ServerSentEvent<String> event) {
        assertThat(event.comment()).isEqualTo(Heartbeats.COMMENT);
        assertThat(event.data()).isNull();
        assertThat(event.id()).isNull();
    }
}
