package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.command.cart.Cart;
import io.ultramarket.commerce.command.catalog.Product;
import io.ultramarket.commerce.command.customer.Customer;
import io.ultramarket.commerce.command.productreview.ProductReview;
import io.ultramarket.commerce.command.order.Order;
import io.ultramarket.commerce.command.payment.Payment;
import io.ultramarket.commerce.command.stock.StockItem;
import io.ultramarket.commerce.query.audit.AggregateType;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds an aggregate as it was at an instant: its events up to then, applied through Axon's own model
 * of the aggregate (the same event sourcing handlers that load it for a command). Axon's event store
 * blocks, so this runs on the bounded {@code audit} workers, never on a Netty thread.
 */
@Component
class TimeTravel implements DisposableBean {

    private final EventStore eventStore;
    private final ObjectMapper axonJson;
    private final Map<AggregateType, AggregateModel<?>> models = new EnumMap<>(AggregateType.class);
    // Nothing subscribes to it: whatever a replayed aggregate might publish must never reach the real bus.
    private final EventBus nowhere = SimpleEventBus.builder().build();
    private final Scheduler workers;

    TimeTravel(EventStore eventStore, @Qualifier("defaultAxonObjectMapper") ObjectMapper axonJson,
               Configuration axon, AuditProperties properties) {
        this.eventStore = eventStore;
        this.axonJson = axonJson;
        for (AggregateType type : AggregateType.values()) {
            // Spring's parameter resolvers, so that handlers taking beans (the cart's limits) inspect as they do
            // for commands.
            Class<?> aggregateClass = classOf(type);
            models.put(type, AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateClass,
                    axon.parameterResolverFactory(), axon.handlerDefinition(aggregateClass)));
        }
        this.workers = Schedulers.newBoundedElastic(properties.threads(), properties.queueCapacity(), "audit");
    }

    Mono<PastState> stateOf(AggregateType type, String aggregateId, Instant at) {
        return Mono.fromCallable(() -> rebuild(type, aggregateId, at)).subscribeOn(workers);
    }

    private PastState rebuild(AggregateType type, String aggregateId, Instant at) {
        // From sequence 0: a snapshot may be younger than the instant asked about.
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        if (!stream.hasNext() || !type.storedName().equals(stream.peek().getType())) {
            throw new AggregateNotFoundException(aggregateId, "no " + type.pathName() + " " + aggregateId);
        }
        if (stream.peek().getTimestamp().isAfter(at)) {
            throw new NotYetCreated(type, aggregateId, stream.peek().getTimestamp(), at);
        }
        // A past state is a prefix of the history: reading stops at the first event after the instant.
        List<DomainEventMessage<?>> happened = new ArrayList<>();
        while (stream.hasNext() && !stream.peek().getTimestamp().isAfter(at)) {
            happened.add(stream.next());
        }
        Object aggregate = replay(models.get(type), aggregateId, happened);
        return new PastState(type.storedName(), aggregateId, at, happened.get(happened.size() - 1).getSequenceNumber(),
                axonJson.valueToTree(aggregate));
    }

    private <T> T replay(AggregateModel<T> model, String aggregateId, List<DomainEventMessage<?>> events) {
        T root = new GenericAggregateFactory<>(model).createAggregateRoot(aggregateId, events.get(0));
        EventSourcedAggregate<T> aggregate =
                EventSourcedAggregate.initialize(root, model, nowhere, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events));
        return aggregate.getAggregateRoot();
    }

    private static Class<?> classOf(AggregateType type) {
        return switch (type) {
            case CART -> Cart.class;
            case ORDER -> Order.class;
            case PAYMENT -> Payment.class;
            case STOCK_ITEM -> StockItem.class;
            case PRODUCT -> Product.class;
            case CUSTOMER -> Customer.class;
            case PRODUCT_REVIEW -> ProductReview.class;
        };
    }

    @Override
    public void destroy() {
        workers.dispose();
    }
}
