package io.ultramarket.commerce.schemas.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The identity provider now gives the customer this email and name (either may be null). */
@Revision("1")
public record CustomerDetailsChanged(UUID customerId, String email, String name) implements CustomerEvent {
}
