package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.CustomerGroup;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Staff put the customer in the customer group {@code group}, or in none (null), instead of {@code previousGroup}. */
@Revision("1")
public record CustomerGroupChanged(UUID customerId, CustomerGroup group, CustomerGroup previousGroup)
        implements CustomerEvent {
}
