package io.ultramarket.commerce.query.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import io.ultramarket.commerce.query.eventstore.SealedFields;
import io.ultramarket.commerce.query.eventstore.StoredEvents;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class LiveStreamConfiguration {

    @Bean
    EventStoreReads eventStoreReads(DatabaseClient database, SealedFields sealed) {
        return new EventStoreReads(new StoredEvents(database), sealed);
    }

    @Bean
    StoreCommits storeCommits() {
        return new StoreCommits();
    }

    @Bean(destroyMethod = "stop")
    EventStoreTail eventStoreTail(EventStoreReads reads, StoreCommits commits, LiveStreamProperties properties,
                                  Clock clock) {
        return new EventStoreTail(reads, commits, properties, clock);
    }

    @Bean
    EventFeed eventFeed(EventStoreTail tail, EventStoreReads reads, LiveStreamProperties properties) {
        return new EventFeed(tail, reads, properties.maxBufferedEvents(), properties.batchSize());
    }

    @Bean
    OrderFeeds orderFeeds(EventFeed feed) {
        return new OrderFeeds(feed);
    }
}
