package io.ultramarket.commerce.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.ultramarket.commerce.eventstore.StoredPayloads;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.customer.CustomerGroupChanged;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.UUID;

/**
 * The customer group staff put a customer in, read from the customer's own last {@link CustomerGroupChanged} in
 * the event store (like the cart's SKUs at checkout): a group price applies from the moment the change is
 * accepted, without waiting for a read model.
 */
@Component
class CustomerGroups {

    private final StoredPayloads events;

    CustomerGroups(StoredPayloads events) {
        this.events = events;
    }

    /** The customer's group; none for a guest, a customer without a record, or one in no group. */
    Mono<Optional<CustomerGroup>> of(Optional<UUID> customerId) {
        if (customerId.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        return events.of("Customer", customerId.get(), CustomerGroupChanged.class)
                .last(MissingNode.getInstance())
                .map(changed -> Optional.of(changed.path("group")).filter(JsonNode::isTextual)
                        .map(group -> CustomerGroup.of(group.asText())));
    }
}
