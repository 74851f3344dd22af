package io.ultramarket.commerce.snapshot;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wraps the event storage engine in {@link SealedSnapshotStorage} once it is built, so that the engine keeps every
 * setting it was built with (serializers, upcasters, schema) and the sealing stays out of the event store's package.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
class SnapshotSealingConfiguration {

    /** Static, as a post-processor must be; its collaborators are looked up only when the engine is wrapped. */
    @Bean
    static BeanPostProcessor sealedSnapshots(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<SnapshotProperties> properties,
                                             ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventStorageEngine engine && !(bean instanceof SealedSnapshotStorage)) {
                    return new SealedSnapshotStorage(engine, new SnapshotRows(jdbc.getObject()),
                            SnapshotSeal.withKeyFrom(properties.getObject().sealKeyFile()), meters.getObject());
                }
                return bean;
            }
        };
    }
}
