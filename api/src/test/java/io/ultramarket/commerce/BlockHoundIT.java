package io.ultramarket.commerce;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every API test runs with BlockHound installed (blockhound-junit-platform), so a blocking call on a
 * non-blocking thread fails the request under test. This test proves the guard is really armed.
 */
class BlockHoundIT {

    @Test
    void blockingOnANonBlockingThreadIsCaught() {
        var latch = new CountDownLatch(1);
        Mono<Boolean> blockingOnParallelThread = Mono.fromCallable(() -> latch.await(10, TimeUnit.MILLISECONDS))
                .subscribeOn(Schedulers.parallel());

        assertThatThrownBy(() -> blockingOnParallelThread.block(Duration.ofSeconds(5)))
                .hasCauseInstanceOf(BlockingOperationError.class);
    }
}
