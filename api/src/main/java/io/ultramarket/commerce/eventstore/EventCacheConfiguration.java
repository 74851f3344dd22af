package io.ultramarket.commerce.eventstore;

import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The embedded event store Axon's auto-configuration builds, built again with a cache of recent events of our size
 * (ADR 0104). Axon's builder takes the size, its auto-configuration does not; declaring the store ourselves would have
 * Axon's JDBC auto-configuration back off from the storage engine (ADR 0055). Built with the same engine, monitor and
 * span factory as Axon's bean method uses, before anything wraps it ({@link EventsOfItsOwnConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventCacheProperties.class)
class EventCacheConfiguration {

    @Bean
    static BeanPostProcessor eventCacheSized(ObjectProvider<EventStorageEngine> storage,
                                             ObjectProvider<org.axonframework.config.Configuration> axon,
                                             ObjectProvider<EventCacheProperties> properties) {
        return new SizedEventCache(storage, axon, properties);
    }

    private record SizedEventCache(ObjectProvider<EventStorageEngine> storage,
                                   ObjectProvider<org.axonframework.config.Configuration> axon,
                                   ObjectProvider<EventCacheProperties> properties)
            implements BeanPostProcessor, Ordered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean.getClass() != EmbeddedEventStore.class) {
                return bean;
            }
            // Axon's store has started nothing yet (its producer starts with the first stream); stopped all the same.
            ((EmbeddedEventStore) bean).shutDown();
            org.axonframework.config.Configuration configuration = axon.getObject();
            return EmbeddedEventStore.builder()
                    .storageEngine(storage.getObject())
                    .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                    .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                    .cachedEvents(properties.getObject().cachedEvents())
                    .build();
        }

        /** Before {@link EventsOfItsOwnConfiguration}'s wrapper, which is unordered and so comes after any ordered one. */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
