package io.ultramarket.commerce.promotion;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion;
import io.ultramarket.commerce.schemas.promotion.PricedBasket;
import io.ultramarket.commerce.schemas.promotion.PricedLine;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import io.ultramarket.commerce.schemas.promotion.UsageLimits;
import io.ultramarket.commerce.schemas.promotion.ValidityWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Request and answer bodies of the promotion endpoints. Value objects validate themselves while being read. */
final class PromotionRequests {

    static final int MAX_COUPON_CODES = 5;

    private PromotionRequests() {
    }

    /**
     * The body of {@code POST /promotions} and {@code PUT /promotions/{id}}: the promotion's terms, and on creation
     * its coupon code (left out for a promotion every order gets). A code cannot change: a PUT leaves it out.
     */
    record PromotionRequest(CouponCode couponCode,
                            @NotBlank @Size(max = PromotionTerms.MAX_NAME) String name,
                            @NotNull PromotionOffer offer,
                            Money minimumSubtotal,
                            ValidityWindow validity,
                            UsageLimits limits) {

        /** The amounts' currencies are the one rule across fields: a 400 naming the minimum, which is checked last. */
        PromotionTerms terms() {
            try {
                return new PromotionTerms(name, offer, minimumSubtotal, validity, limits);
            } catch (IllegalArgumentException mixedCurrencies) {
                throw new InvalidParameters(List.of(new FieldError("minimumSubtotal", mixedCurrencies.getMessage())));
            }
        }
    }

    record PromotionAnswer(UUID promotionId) {
    }

    /**
     * The body of {@code POST /promotions/evaluations}: the basket's lines (one per SKU, one currency), its shipping
     * fee (zero when left out) and up to {@value #MAX_COUPON_CODES} coupon codes.
     */
    record EvaluationRequest(@NotEmpty @Size(max = PricedBasket.MAX_LINES) List<@NotNull @Valid LineRequest> lines,
                             Money shippingFee,
                             @Size(max = MAX_COUPON_CODES) List<@NotNull CouponCode> couponCodes) {

        PricedBasket basket() {
            try {
                return new PricedBasket(lines.stream().map(LineRequest::line).toList(), shippingFee);
            } catch (IllegalArgumentException inconsistent) {
                throw new InvalidParameters(List.of(new FieldError("lines", inconsistent.getMessage())));
            }
        }

        List<CouponCode> codes() {
            return couponCodes == null ? List.of() : couponCodes.stream().distinct().toList();
        }
    }

    /** A basket line; the category is optional (without it only promotions on SKUs or the whole order apply). */
    record LineRequest(@NotNull Sku sku, CategoryPath category, @NotNull Quantity quantity, @NotNull Money unitPrice) {

        PricedLine line() {
            return new PricedLine(sku, category, quantity, unitPrice);
        }
    }

    /** What the promotions take off a basket: the shape a cart's totals will hold as their discounts. */
    record Evaluation(Money subtotal, Money shippingFee, Money totalDiscount, Money shippingDiscount,
                      List<Discount> discounts, List<DeclinedPromotion> declined) {
    }
}
