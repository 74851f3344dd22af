package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion;
import jakarta.validation.constraints.NotBlank;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.Totals;
import io.ultramarket.commerce.shipping.ShippingOption;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Request and answer bodies of the cart endpoints. Value objects validate themselves while being read. */
final class CartRequests {

    /** Coupons one checkout may carry: a few, so that a checkout's work stays bounded. */
    static final int MAX_COUPON_CODES = 5;

    private CartRequests() {
    }

    /**
     * The currency the cart is priced in (an ISO 4217 code; {@code commerce.pricing.default-currency} when
     * left out). The customer is the caller: unknown fields such as customerId are refused.
     */
    record CreateCartRequest(Currency currency) {
    }

    /** A SKU and how many: the price is the shop's. Unknown fields such as unitPrice are refused. */
    record AddItemRequest(@NotNull Sku sku, @NotNull Quantity quantity) {
    }

    record ChangeQuantityRequest(@NotNull Quantity quantity) {
    }

    /**
     * A checkout: where to, how, paid how, and up to {@value #MAX_COUPON_CODES} coupon codes (each 3 to 32 letters,
     * digits, '-' or '_'; the same code twice counts once). Every code must apply, or the checkout is refused.
     */
    record CheckoutRequest(@NotNull Address shippingAddress,
                           @NotBlank @Size(max = 64) String shippingOption,
                           @NotNull PaymentMethod paymentMethod,
                           @Size(max = MAX_COUPON_CODES, message = "at most " + MAX_COUPON_CODES + " coupon codes")
                           List<@NotNull CouponCode> couponCodes) {

        List<CouponCode> codes() {
            return couponCodes == null ? List.of() : couponCodes.stream().distinct().toList();
        }
    }

    /** Where the cart ships to: a country, and a region where the shop taxes by region (US: NY). */
    record DestinationRequest(@NotNull @Pattern(regexp = "[A-Z]{2}", message = "country is an ISO 3166-1 alpha-2 code such as DE") String country,
                              @Pattern(regexp = "[A-Z0-9]{1,3}", message = "region is an ISO 3166-2 subdivision code without its country, such as NY") String region) {

        Destination destination() {
            return new Destination(country, region);
        }
    }

    /**
     * A checkout's breakdown as it would be now, the shipping options to choose from, and the promotions weighed that
     * do not apply (a coupon among them would refuse the checkout).
     */
    record TotalsAnswer(UUID cartId, Destination destination, List<ShippingOption> shippingOptions, Totals totals,
                        List<DeclinedPromotion> declinedPromotions) {
    }

    record CartAnswer(UUID cartId) {
    }

    record CheckoutAnswer(UUID cartId, UUID orderId) {
    }
}
