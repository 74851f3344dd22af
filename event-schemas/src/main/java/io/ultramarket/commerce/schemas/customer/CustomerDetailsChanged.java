package io.ultramarket.commerce.schemas.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The identity provider now gives the customer this email, name and language (any may be null). Revision 1
 * had no language, and reads with none.
 */
@Revision("2")
public record CustomerDetailsChanged(UUID customerId, String email, String name, String language) implements CustomerEvent {
}
