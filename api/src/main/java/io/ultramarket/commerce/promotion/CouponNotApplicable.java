package io.ultramarket.commerce.promotion;

import io.ultramarket.commerce.schemas.common.DescribedProblem;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A checkout names a coupon that does not apply to it now (unknown, switched off, outside its window, used up,
 * below its minimum, nothing in the cart it discounts). 422 on {@code couponCodes}: the customer asked for the
 * discount, so the order is not placed without it; they check out again without the code (ADR 0072).
 */
public class CouponNotApplicable extends RuntimeException implements DescribedProblem {

    public CouponNotApplicable(List<DeclinedPromotion> declined) {
        super(declined.stream()
                .map(coupon -> "coupon " + coupon.couponCode() + " cannot be used: "
                        + coupon.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining("; ")) + "; check out without it");
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public Optional<String> field() {
        return Optional.of("couponCodes");
    }
}
