package io.ultramarket.commerce.schemas.cart;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A customer opened an empty cart. */
@Revision("1")
public record CartCreated(UUID cartId, UUID customerId) implements CartEvent {
}
