package io.ultramarket.commerce.deploy;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.integration.IntegrationEventPublisher;
import io.ultramarket.commerce.projections.merchantwebhook.WebhookOutboxFiller;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.projections.search.SearchIndexer;
import io.ultramarket.commerce.projections.streaming.LiveInstances;
import io.ultramarket.commerce.web.LongLivedResponses;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order in which the running app stops (a higher phase stops earlier; starts go the other way): live streams
 * end first, then the web server finishes the requests under way and stops, while every processor still runs (a
 * read that waits for its write's read model is answered); the processors stop after it, then Axon (ADR 0117).
 */
@ApiIntegrationTest
class ShutdownOrderIT {

    @Autowired
    ApplicationContext context;

    @Test
    void requestsUnderWayAreFinishedBeforeTheProcessorsTheyWaitForStop() throws ClassNotFoundException {
        int streams = context.getBean(LongLivedResponses.class).getPhase();
        int gracefulShutdown = phaseOf("webServerGracefulShutdown");
        int webServer = phaseOf("webServerStartStop");
        List<Integer> processing = List.of(
                context.getBean(ProjectionRuntime.class).getPhase(),
                context.getBean(IntegrationEventPublisher.class).getPhase(),
                context.getBean(WebhookOutboxFiller.class).getPhase(),
                context.getBean(SearchIndexer.class).getPhase(),
                context.getBean(LiveInstances.class).getPhase(),
                ((SmartLifecycle) context.getBean(Class.forName("io.ultramarket.commerce.eventstore.CommitNotifications"))).getPhase());
        int axon = context.getBean(SpringAxonConfiguration.class).getPhase();

        assertThat(streams).as("live streams end before the graceful shutdown waits").isGreaterThan(gracefulShutdown);
        assertThat(gracefulShutdown).isGreaterThan(webServer);
        assertThat(processing).as("the processors and what wakes them, stopped after the web server")
                .allSatisfy(phase -> assertThat(phase).isLessThan(webServer).isGreaterThan(axon));
    }

    private int phaseOf(String lifecycleBean) {
        return context.getBean(lifecycleBean, SmartLifecycle.class).getPhase();
    }
}
