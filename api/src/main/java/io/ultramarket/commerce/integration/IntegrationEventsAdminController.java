package io.ultramarket.commerce.integration;

import io.ultramarket.commerce.projections.integration.IntegrationEventPublisher;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.OptionalLong;

/** How far the Kafka publisher has come: {@code GET /admin/integration-events}. */
@RestController
class IntegrationEventsAdminController {

    private final ObjectProvider<IntegrationEventPublisher> publisher;
    private final ProjectionProgress progress;

    IntegrationEventsAdminController(ObjectProvider<IntegrationEventPublisher> publisher, ProjectionProgress progress) {
        this.publisher = publisher;
        this.progress = progress;
    }

    /**
     * @param enabled  false without {@code spring.kafka.bootstrap-servers}
     * @param head     global position of the newest stored event
     * @param position the position this instance has published up to (null while it holds no segment)
     * @param lag      head minus position
     */
    record PublisherStatus(String processor, boolean enabled, long head, Long position, Long lag) {
    }

    @GetMapping(path = "/admin/integration-events", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PublisherStatus> status() {
        return Mono.fromCallable(() -> {
            long head = progress.head();
            IntegrationEventPublisher running = publisher.getIfAvailable();
            OptionalLong position = running == null ? OptionalLong.empty() : running.publishedUpTo();
            Long at = position.isPresent() ? position.getAsLong() : null;
            return new PublisherStatus(IntegrationEventPublisher.PROCESSOR, running != null, head, at,
                    at == null ? null : Math.max(0, head - at));
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
