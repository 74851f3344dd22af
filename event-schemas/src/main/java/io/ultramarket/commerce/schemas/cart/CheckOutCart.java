package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.SkuTaxRate;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.CHECKOUT;

/**
 * Turn the cart into an order: the caller chooses the new order's id so that a retried checkout names the
 * same order. {@code prices} are the shop's current prices for the cart's SKUs, resolved by the sender at
 * checkout: the order is priced with them, whatever the prices were when the lines were added. A SKU with
 * no quote is no longer for sale. {@code shipping} is the carrier's quote for the chosen option, and
 * {@code taxRates} each SKU's rate in the destination (none where the shop charges no tax), both resolved by
 * the sender; the cart checks they fit it and computes the totals (ADR 0065). {@code discounts} are what the
 * active promotions and the coupons given take off, worked out by the sender with the {@code DiscountCalculator}
 * at the checkout's instant (at most {@value #MAX_DISCOUNTS}); the cart checks they fit its lines and fee and takes
 * them off before tax (ADR 0072). {@code taxExemption} is set when the sender found the buyer a tax-exempt customer
 * (ADR 0075): the cart then charges no tax, taking it out of gross prices. A cart checks out once, and only with everything the order needs: its id, a
 * shipping address and quote, and a payment method.
 */
public record CheckOutCart(@TargetAggregateIdentifier UUID cartId, UUID orderId, Address shippingAddress,
                           ShippingQuote shipping, PaymentMethod paymentMethod, List<PriceQuote> prices,
                           List<SkuTaxRate> taxRates, List<Discount> discounts, TaxExemption taxExemption) {

    /** Bounds the promotions one order takes: the automatic ones a shop runs and a few coupons. */
    public static final int MAX_DISCOUNTS = 110;

    public CheckOutCart {
        prices = prices == null ? List.of() : List.copyOf(prices);
        taxRates = taxRates == null ? List.of() : List.copyOf(taxRates);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        if (discounts.size() > MAX_DISCOUNTS) {
            throw new IllegalArgumentException("at most " + MAX_DISCOUNTS + " discounts, were " + discounts.size());
        }
        new RequiredDetails(CHECKOUT, "check out cart", cartId)
                .present(orderId, "the id of the order to create")
                .present(shippingAddress, "a shipping address")
                .present(shipping, "a shipping quote")
                .present(paymentMethod, "a payment method");
    }

    /** A checkout of a buyer who is not tax-exempt. */
    public CheckOutCart(UUID cartId, UUID orderId, Address shippingAddress, ShippingQuote shipping,
                        PaymentMethod paymentMethod, List<PriceQuote> prices, List<SkuTaxRate> taxRates,
                        List<Discount> discounts) {
        this(cartId, orderId, shippingAddress, shipping, paymentMethod, prices, taxRates, discounts, null);
    }

    /** A checkout without discounts. */
    public CheckOutCart(UUID cartId, UUID orderId, Address shippingAddress, ShippingQuote shipping,
                        PaymentMethod paymentMethod, List<PriceQuote> prices, List<SkuTaxRate> taxRates) {
        this(cartId, orderId, shippingAddress, shipping, paymentMethod, prices, taxRates, List.of(), null);
    }
}
