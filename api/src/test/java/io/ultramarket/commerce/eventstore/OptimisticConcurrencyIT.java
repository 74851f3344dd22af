package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store itself refuses a second writer of the same aggregate version, whatever the isolation level:
 * the unique (aggregate_identifier, sequence_number) constraint turns a lost update into an error.
 */
@ApiIntegrationTest
class OptimisticConcurrencyIT {

    @Autowired
    EventStore eventStore;

    @Test
    void twoWritersOfTheSameAggregateVersionCannotBothCommit() {
        UUID cartId = UUID.randomUUID();
        eventStore.publish(event(cartId, 0, new CartCreated(cartId, UUID.randomUUID())));
        eventStore.publish(event(cartId, 1, new ItemRemovedFromCart(cartId, Sku.of("A"))));

        assertThatThrownBy(() -> eventStore.publish(event(cartId, 1, new ItemRemovedFromCart(cartId, Sku.of("B")))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventStore.readEvents(cartId.toString()).asStream().count()).isEqualTo(2);
    }

    private static GenericDomainEventMessage<?> event(UUID cartId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Cart", cartId.toString(), sequence, payload);
    }
}
