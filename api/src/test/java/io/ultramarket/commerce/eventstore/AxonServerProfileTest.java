package io.ultramarket.commerce.eventstore;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code axon-server} profile (docs/scaling.md) builds Axon's connector beans: commands and queries go
 * through Axon Server, the events stay in the app's own store. No Axon Server runs here, so the context is
 * only built and started, never asked to send: the connector's first attempt to reach {@code axonserver:8124}
 * fails and is logged, and it would keep trying in the background. Axon's own auto-configurations stand in
 * for the rest of the app; an in-memory storage engine stands in for the JDBC one the app defines. What this
 * does not show: that the app's handlers, interceptors and processors work over a real Axon Server.
 */
class AxonServerProfileTest {

    private final ApplicationContextRunner axon = new ApplicationContextRunner()
            // The app's own settings (its Jackson serializers among them), the profile's over them.
            .withInitializer(context -> {
                yaml("application.yml").forEach(context.getEnvironment().getPropertySources()::addFirst);
                yaml("application-axon-server.yml").forEach(context.getEnvironment().getPropertySources()::addFirst);
            })
            .withPropertyValues("axon.axonserver.heartbeat.enabled=false")
            .withBean(EventStorageEngine.class, () -> new InMemoryEventStorageEngine())
            .withConfiguration(AutoConfigurations.of(AxonServerAutoConfiguration.class,
                    AxonServerBusAutoConfiguration.class, AxonAutoConfiguration.class, AxonTracingAutoConfiguration.class,
                    EventProcessingAutoConfiguration.class, InfraConfiguration.class,
                    NoOpTransactionAutoConfiguration.class, ObjectMapperAutoConfiguration.class));

    @Test
    void theProfileRoutesCommandsAndQueriesThroughAxonServerAndKeepsTheEventsHere() {
        axon.run(context -> {
            assertThat(context).hasNotFailed();
            AxonServerConfiguration settings = context.getBean(AxonServerConfiguration.class);
            assertThat(settings.isEnabled()).isTrue();
            assertThat(settings.getServers()).isEqualTo("axonserver:8124");
            assertThat(settings.getContext()).isEqualTo("default");
            assertThat(settings.getComponentName()).isEqualTo("commerce-core");
            assertThat(context).hasSingleBean(AxonServerConnectionManager.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context).doesNotHaveBean(AxonServerEventStore.class);
        });
    }

    private static List<PropertySource<?>> yaml(String file) {
        try {
            return new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
