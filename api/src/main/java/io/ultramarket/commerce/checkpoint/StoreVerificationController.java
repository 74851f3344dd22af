package io.ultramarket.commerce.checkpoint;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** {@code GET /audit/verify}: the whole store against the latest signed checkpoint (auditors and admins, like all of /audit). */
@RestController
class StoreVerificationController {

    private final StoreVerifier verifier;
    private final Scheduler workers;

    StoreVerificationController(StoreVerifier verifier, @Qualifier("storeVerifications") Scheduler workers) {
        this.verifier = verifier;
        this.workers = workers;
    }

    @GetMapping(path = "/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<StoreVerification> verify() {
        // Reads every event over JDBC: on a worker of its own, never on a Netty thread.
        return Mono.fromCallable(verifier::verify).subscribeOn(workers);
    }
}
