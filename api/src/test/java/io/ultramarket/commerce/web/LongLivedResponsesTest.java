package io.ultramarket.commerce.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class LongLivedResponsesTest {

    private final LongLivedResponses responses = new LongLivedResponses();

    @Test
    void aStreamPassesItsItemsOnUntilTheAppStopsThenEndsAsAWholeResponse() {
        Sinks.Many<String> live = Sinks.many().unicast().onBackpressureBuffer();
        responses.start();

        StepVerifier.create(responses.endingAtShutdown(live.asFlux()))
                .then(() -> live.tryEmitNext("OrderPlaced"))
                .expectNext("OrderPlaced")
                .then(responses::stop)
                .verifyComplete();
        assertThat(live.currentSubscriberCount()).as("subscribers left on the live source").isZero();
    }

    @Test
    void aStreamAskedForWhileTheAppStopsEndsAtOnce() {
        responses.start();
        responses.stop();

        StepVerifier.create(responses.endingAtShutdown(Flux.never())).verifyComplete();
    }

    @Test
    void itStopsBeforeTheWebServersGracefulShutdownWaitsForTheRequestsUnderWay() {
        // Spring Boot's WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE; a higher phase stops earlier.
        int gracefulShutdown = SmartLifecycle.DEFAULT_PHASE - 1024;

        assertThat(responses.getPhase()).isGreaterThan(gracefulShutdown);
    }
}
