package io.ultramarket.commerce.projections.runtime;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionsProperties.class)
class ProjectionsConfiguration {

    @Bean
    ProjectionProgress projectionProgress(JdbcTemplate jdbc, Serializer serializer, EventStore eventStore) {
        return new ProjectionProgress(jdbc, serializer, eventStore);
    }

    @Bean
    ProjectionRuntime projectionRuntime(List<ReadModelProjection> projections, JdbcTemplate jdbc,
                                        PlatformTransactionManager transactionManager, EventStore eventStore,
                                        TokenStore tokenStore, TransactionManager axonTransactions,
                                        ConnectionProvider connections, DeadLetterSchema deadLetterSchema,
                                        Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                        ProjectionProgress progress, ProjectionsProperties properties, Clock clock) {
        var transactions = new TransactionTemplate(transactionManager);
        var processors = new ProjectionProcessors(eventStore, tokenStore, axonTransactions, connections,
                deadLetterSchema, serializer, eventSerializer, properties, transactions);
        return new ProjectionRuntime(projections, new ProjectionGenerations(jdbc, clock), processors, progress,
                transactions, jdbc, properties);
    }

    @Bean
    DeadLetters deadLetters(JdbcTemplate jdbc, ProjectionRuntime runtime) {
        return new DeadLetters(jdbc, runtime);
    }
}
