package io.ultramarket.commerce.promotion;

import io.ultramarket.commerce.promotion.PromotionRequests.Evaluation;
import io.ultramarket.commerce.query.promotion.PromotionView;
import io.ultramarket.commerce.query.promotion.Promotions;
import io.ultramarket.commerce.schemas.promotion.AppliedDiscounts;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion.Reason;
import io.ultramarket.commerce.schemas.promotion.DiscountCalculator;
import io.ultramarket.commerce.schemas.promotion.OfferedPromotion;
import io.ultramarket.commerce.schemas.promotion.PricedBasket;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Weighs a basket against the active promotions that need no code and the coupons given, read from the
 * promotions read model, and lets the {@link DiscountCalculator} work out the discounts. A coupon whose uses
 * the read model shows as all taken is declined here; the redemption at checkout decides for sure. The checkout
 * and its totals preview weigh their carts here too (ADR 0072), so what is shown is what is charged.
 */
@Component
public class PromotionEvaluation {

    /** Bounds the work of one evaluation: more automatic promotions than this are not weighed (a shop has a handful). */
    static final int MAX_AUTOMATIC = 100;

    private final Promotions promotions;
    private final Clock clock;

    PromotionEvaluation(Promotions promotions, Clock clock) {
        this.promotions = promotions;
        this.clock = clock;
    }

    Mono<Evaluation> evaluate(PricedBasket basket, List<CouponCode> codes) {
        return discounts(basket, codes, clock.instant()).map(applied -> new Evaluation(basket.subtotal(),
                basket.shippingFee(), applied.total(), applied.onShipping(), applied.discounts(), applied.declined()));
    }

    /**
     * What the active automatic promotions and the coupons {@code codes} take off {@code basket} at {@code at}: the
     * discounts applied, and every promotion weighed that does not apply (unknown codes and used-up coupons first).
     */
    public Mono<AppliedDiscounts> discounts(PricedBasket basket, List<CouponCode> codes, Instant at) {
        Mono<List<PromotionView>> automatic = promotions.automatic(MAX_AUTOMATIC).collectList();
        Mono<List<Object>> coupons = Flux.fromIterable(codes)
                .concatMap(code -> promotions.byCode(code).<Object>map(found -> found)
                        .defaultIfEmpty(new DeclinedPromotion(code.promotionId(), code, Reason.UNKNOWN_CODE)))
                .collectList();
        return Mono.zip(automatic, coupons).map(found -> {
            List<OfferedPromotion> offered = new ArrayList<>();
            List<DeclinedPromotion> declined = new ArrayList<>();
            found.getT1().forEach(promotion -> offered.add(promotion.offered()));
            for (Object coupon : found.getT2()) {
                if (coupon instanceof PromotionView promotion && promotion.usedUp()) {
                    declined.add(new DeclinedPromotion(promotion.promotionId(), promotion.couponCode(), Reason.USED_UP));
                } else if (coupon instanceof PromotionView promotion) {
                    offered.add(promotion.offered());
                } else {
                    declined.add((DeclinedPromotion) coupon);
                }
            }
            AppliedDiscounts applied = DiscountCalculator.discounts(basket, offered, at);
            declined.addAll(applied.declined());
            return new AppliedDiscounts(applied.currency(), applied.discounts(), declined);
        });
    }
}
