package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.columns.WriterJdbc;

import io.ultramarket.commerce.projections.poison.DeadLetterProcessors;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.poison.PoisonRetryProperties;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProjectionsProperties.class, PoisonRetryProperties.class})
class ProjectionsConfiguration {

    /**
     * The app's one JdbcTemplate (Spring Boot's backs off for it): a plain one everywhere but in a projection's batch
     * without savepoints, where the writers of read models free of personal data send their updates together (ADR 0089).
     */
    @Bean
    WriterJdbc jdbcTemplate(DataSource dataSource) {
        return new WriterJdbc(dataSource);
    }

    @Bean
    ProjectionProgress projectionProgress(JdbcTemplate jdbc, Serializer serializer, EventStore eventStore) {
        return new ProjectionProgress(jdbc, serializer, eventStore);
    }

    @Bean
    LocalCommits localCommits() {
        return new LocalCommits();
    }

    @Bean
    TransientRetry transientRetry(PoisonRetryProperties properties) {
        return new TransientRetry(properties);
    }

    @Bean
    DeadLetterQueues deadLetterQueues(ConnectionProvider connections, TransactionManager axonTransactions,
                                      DeadLetterSchema deadLetterSchema, Serializer serializer,
                                      @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueues(connections, axonTransactions, deadLetterSchema, serializer, eventSerializer);
    }

    /**
     * The one engine for every projection: the PostgreSQL read models (components), and the stores that run
     * only when their server is configured (ClickHouse's analytics facts), registered as beans of their own.
     */
    @Bean
    ProjectionRuntime projectionRuntime(List<ReadModelProjection> readModels, ObjectProvider<ProjectionStore> otherStores,
                                        JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                        StreamingProcessor.Infrastructure axon,
                                        DeadLetterQueues deadLetterQueues, TransientRetry retry,
                                        ProjectionProgress progress, ProjectionsProperties properties,
                                        LocalCommits localCommits, Clock clock) {
        var transactions = new TransactionTemplate(transactionManager);
        List<ProjectionStore> stores = new ArrayList<>();
        readModels.forEach(readModel -> stores.add(new PostgresStore(readModel, jdbc, transactions, retry)));
        otherStores.orderedStream().forEach(stores::add);
        var processors = new ProjectionProcessors(axon, deadLetterQueues, properties, localCommits);
        return new ProjectionRuntime(stores, new ProjectionGenerations(jdbc, clock), processors, progress,
                transactions, jdbc, properties);
    }

    @Bean
    DeadLetters deadLetters(JdbcTemplate jdbc, ObjectProvider<DeadLetterProcessors> processors) {
        return new DeadLetters(jdbc, processors);
    }
}
