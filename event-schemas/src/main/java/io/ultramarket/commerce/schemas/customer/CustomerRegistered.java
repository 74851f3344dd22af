package io.ultramarket.commerce.schemas.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The shop saw a customer for the first time: {@code subject} is their token's subject (whose customer id is
 * {@code customerId}), {@code email} and {@code name} what the identity provider said then (either may be null).
 */
@Revision("1")
public record CustomerRegistered(UUID customerId, String subject, String email, String name) implements CustomerEvent {
}
