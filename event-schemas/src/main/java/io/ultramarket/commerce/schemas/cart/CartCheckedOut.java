package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * The customer checked the cart out: its lines, total, shipping address and chosen shipping option and
 * payment method become order {@code orderId}. The lines' unit prices are the shop's prices at checkout;
 * {@code prices} says, per SKU, which price list each came from. {@code totals} is the breakdown (shipping,
 * taxes per line and per rate) and {@code total} its total, what the customer pays. The cart accepts no change
 * afterwards. Revision 1 had no {@code prices}: its lines kept the prices of when they were added, and it reads
 * with one quote per line from the price list {@code cart}. Revisions 1 and 2 had no {@code totals}: they read
 * as their lines untaxed with no shipping fee, which is what was charged then. Revision 4's totals may name a tax
 * exemption (ADR 0075); revision 3's read with none.
 */
@Revision("4")
public record CartCheckedOut(UUID cartId, UUID orderId, UUID customerId, List<OrderLine> lines, Money total,
                             @PersonalData(subject = {"customerId", "cartId"}) Address shippingAddress, String shippingOption, @PersonalData(subject = {"customerId", "cartId"}) PaymentMethod paymentMethod,
                             List<PriceQuote> prices, Totals totals)
        implements CartEvent {

    /** What revision 1's prices were: those the lines had when added to the cart. */
    public static final String CART_PRICES = "cart";

    public CartCheckedOut {
        lines = List.copyOf(lines);
        prices = prices == null ? List.of() : List.copyOf(prices);
        totals = totals == null ? Totals.untaxed(lines, shippingOption) : totals;
    }
}
