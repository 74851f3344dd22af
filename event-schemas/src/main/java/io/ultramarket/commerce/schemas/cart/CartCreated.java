package io.ultramarket.commerce.schemas.cart;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A shopper opened an empty cart. A signed-in customer's cart carries their customer id; a guest's cart
 * ({@code guest}) carries the guest id that its cart token stands for, until a customer claims it
 * ({@link CartClaimed}). Revision 1 knew no guests: it reads as a customer's cart.
 */
@Revision("2")
public record CartCreated(UUID cartId, UUID customerId, boolean guest) implements CartEvent {
}
