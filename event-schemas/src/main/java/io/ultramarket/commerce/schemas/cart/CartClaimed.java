package io.ultramarket.commerce.schemas.cart;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A guest's cart became customer {@code customerId}'s, who signed in and presented its token; the guest id
 * {@code guestId} no longer opens it.
 */
@Revision("1")
public record CartClaimed(UUID cartId, UUID customerId, UUID guestId) implements CartEvent {
}
