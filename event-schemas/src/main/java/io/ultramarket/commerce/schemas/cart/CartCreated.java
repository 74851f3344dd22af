package io.ultramarket.commerce.schemas.cart;

import org.axonframework.serialization.Revision;

import java.util.Currency;
import java.util.UUID;

/**
 * A shopper opened an empty cart in {@code currency}. A signed-in customer's cart carries their customer id; a
 * guest's cart ({@code guest}) carries the guest id that its cart token stands for, until a customer claims it
 * ({@link CartClaimed}). Revision 1 knew no guests: it reads as a customer's cart. Revisions 1 and 2 chose no
 * currency: they read with none, and such a cart is in the currency of its first line (ADR 0067).
 */
@Revision("3")
public record CartCreated(UUID cartId, UUID customerId, boolean guest, Currency currency) implements CartEvent {
}
