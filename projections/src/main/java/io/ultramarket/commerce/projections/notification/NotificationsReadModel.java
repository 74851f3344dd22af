package io.ultramarket.commerce.projections.notification;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The notifications projection on the generations engine. One segment: an order's email needs its customer's
 * address, which another aggregate's events give, so events apply in the order of the event store and a
 * replay meets them as the first run did. In the background: no request waits for its outbox, whose emails go out
 * on the sender's own schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsReadModel {

    @Bean
    ReadModelProjection notificationsProjection(JdbcTemplate jdbc, JsonColumns json, Clock clock,
                                                NotificationsProperties properties) {
        return new PostgresReadModel(NotificationsSchema.PROJECTION, NotificationsSchema.TABLES, NotificationsSchema::ddl,
                generation -> new NotificationWriter(jdbc, json, clock, properties,
                        generation.table(NotificationsSchema.RECIPIENTS), generation.table(NotificationsSchema.ORDERS)))
                .joiningAggregates(generation -> SequentialPerAggregatePolicy.instance())
                .upgradedBy(NotificationsSchema::upgrades)
                .inTheBackground();
    }

    @Bean
    PersonalDataErasure notificationsErasure(JdbcTemplate jdbc) {
        return new NotificationsErasure(jdbc);
    }
}
